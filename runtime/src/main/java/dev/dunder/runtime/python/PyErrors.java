package dev.dunder.runtime.python;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.objects.HiddenKey;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * Factories for the exceptions the runtime raises, with CPython's wording.
 * Each returns the exception so call sites read {@code throw PyErrors.typeError(...)}.
 */
public final class PyErrors {
    /** {@code AttributeError.name}, {@code NameError.name}: used for "Did you mean" hints. */
    public static final HiddenKey NAME = new HiddenKey("name");
    /** {@code AttributeError.obj} */
    public static final HiddenKey OBJ = new HiddenKey("obj");

    private PyErrors() {
    }

    @TruffleBoundary
    public static PBaseException newException(PyType type, Object... args) {
        PBaseException e = new PBaseException(type.getInstanceShape());
        e.setArgs(new PTuple(args));
        return e;
    }

    /** Wraps an exception object for throwing, chaining it to the exception being handled. */
    @TruffleBoundary
    public static PythonException toThrow(PBaseException e) {
        PythonContext ctx = PythonContext.current();
        PBaseException handled = ctx == null ? null : ctx.currentHandled();
        if (handled != null && handled != e && e.getContext() == dev.dunder.runtime.python.objects.PNone.NONE) {
            e.setContext(handled);
        }
        return new PythonException(e);
    }

    @TruffleBoundary
    public static PythonException raise(PyType type, String message) {
        return toThrow(newException(type, message));
    }

    @TruffleBoundary
    public static PythonException format(PyType type, String format, Object... args) {
        return raise(type, String.format(format, args));
    }

    public static PythonException typeError(String format, Object... args) {
        return format(PyTypes.TYPE_ERROR, format, args);
    }

    public static PythonException valueError(String format, Object... args) {
        return format(PyTypes.VALUE_ERROR, format, args);
    }

    public static PythonException indexError(String message) {
        return raise(PyTypes.INDEX_ERROR, message);
    }

    public static PythonException overflowError(String message) {
        return raise(PyTypes.OVERFLOW_ERROR, message);
    }

    public static PythonException zeroDivision(String message) {
        return raise(PyTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PythonException runtimeError(String format, Object... args) {
        return format(PyTypes.RUNTIME_ERROR, format, args);
    }

    @TruffleBoundary
    public static PythonException keyError(Object key) {
        return toThrow(newException(PyTypes.KEY_ERROR, key));
    }

    @TruffleBoundary
    public static PythonException stopIteration() {
        return toThrow(newException(PyTypes.STOP_ITERATION));
    }

    @TruffleBoundary
    public static PythonException recursionError() {
        return raise(PyTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    /** {@code 'T' object has no attribute 'name'}, with {@code name}/{@code obj} set for the traceback's hint. */
    @TruffleBoundary
    public static PythonException noAttribute(Object obj, String name) {
        String message;
        if (obj instanceof PyType t) {
            message = "type object '" + t.getName() + "' has no attribute '" + name + "'";
        } else if (obj instanceof dev.dunder.runtime.python.objects.PModule m) {
            message = "module '" + m.getModuleName() + "' has no attribute '" + name + "'";
        } else {
            message = "'" + PyTypes.typeOf(obj).getTpName() + "' object has no attribute '" + name + "'";
        }
        return attributeError(message, obj, name);
    }

    @TruffleBoundary
    public static PythonException attributeError(String message, Object obj, String name) {
        PBaseException e = newException(PyTypes.ATTRIBUTE_ERROR, message);
        com.oracle.truffle.api.object.DynamicObjectLibrary lib = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached();
        lib.put(e, NAME, name);
        lib.put(e, OBJ, obj);
        return toThrow(e);
    }

    @TruffleBoundary
    public static PythonException nameError(String name) {
        PBaseException e = newException(PyTypes.NAME_ERROR, "name '" + name + "' is not defined");
        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(e, NAME, name);
        return toThrow(e);
    }

    @TruffleBoundary
    public static PythonException unboundLocal(String name) {
        PBaseException e = newException(PyTypes.UNBOUND_LOCAL_ERROR,
                        "cannot access local variable '" + name + "' where it is not associated with a value");
        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(e, NAME, name);
        return toThrow(e);
    }

    @TruffleBoundary
    public static PythonException unboundFree(String name) {
        PBaseException e = newException(PyTypes.NAME_ERROR,
                        "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(e, NAME, name);
        return toThrow(e);
    }

    /** {@code unsupported operand type(s) for +: 'int' and 'str'} */
    @TruffleBoundary
    public static PythonException unsupportedOperands(String op, Object a, Object b) {
        return typeError("unsupported operand type(s) for %s: '%s' and '%s'", op, PyTypes.typeOf(a).getName(), PyTypes.typeOf(b).getName());
    }

    /** The type name as CPython's messages quote it. */
    public static String typeName(Object o) {
        return PyTypes.typeOf(o).getTpName();
    }

    /** For messages that show a repr. */
    public static String repr(Object o) {
        return PyStr.repr(o);
    }
}
