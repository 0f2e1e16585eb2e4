package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.python.interop.PythonInterop;

/**
 * Every Python value that lives on the heap: instances, classes, lists, functions, ...
 *
 * <p>A PyObject is a Truffle {@link DynamicObject}. Its {@link Shape}'s dynamic type is its
 * Python class, so one shape check in a lookup cache proves both "which class" and
 * "which attributes the instance dict holds" — the essay's instance dict and its
 * class pointer in a single word. The instance dict's entries are the object's
 * shape properties, keyed by the attribute name (a Java String).
 *
 * <p>Unboxed values (int, float, bool, str) are plain Java values and get their
 * class from {@code PyTypes.typeOf}.
 */
@ExportLibrary(InteropLibrary.class)
public class PyObject extends DynamicObject {

    public PyObject(Shape shape) {
        super(shape);
    }

    /** The Python class of this object: {@code type(obj)}. */
    public final PyType getPyClass() {
        return (PyType) getShape().getDynamicType();
    }

    @ExportMessage
    final boolean isNull() {
        return this == PNone.NONE;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isExecutable() {
        return PythonInterop.isCallable(this);
    }

    @ExportMessage
    @TruffleBoundary
    final Object execute(Object[] arguments) {
        return PythonInterop.call(this, arguments);
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(boolean allowSideEffects) {
        return PythonInterop.display(this, allowSideEffects);
    }
}
