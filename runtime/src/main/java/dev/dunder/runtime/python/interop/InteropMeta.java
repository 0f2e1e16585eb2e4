package dev.dunder.runtime.python.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.builtins.Builtins;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;

/**
 * Python classes are interop meta-objects: {@code getMetaObject} of any Python value is
 * {@code type(value)}, a class's simple name is {@code __name__}, its qualified name
 * {@code module.qualname} (just the name for builtins), its parents {@code __bases__}, and
 * {@code isMetaInstance} is {@code isinstance} (so a metaclass's {@code __instancecheck__} runs).
 */
public final class InteropMeta {
    private InteropMeta() {
    }

    private static PyType cls(Object o) throws UnsupportedMessageException {
        if (o instanceof PyType t) {
            return t;
        }
        throw UnsupportedMessageException.create();
    }

    @TruffleBoundary
    public static String qualifiedName(Object o) throws UnsupportedMessageException {
        PyType t = cls(o);
        Object module = t.getDict().getItem("__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + t.getQualname();
        }
        return t.getQualname();
    }

    @TruffleBoundary
    public static String simpleName(Object o) throws UnsupportedMessageException {
        return cls(o).getName();
    }

    @TruffleBoundary
    public static boolean isInstance(Object o, Object instance) throws UnsupportedMessageException {
        PyType t = cls(o);
        try {
            return Builtins.isinstance(PythonInterop.toPython(instance), t);
        } catch (PythonException e) {
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    public static boolean hasParents(Object o) {
        return o instanceof PyType t && t.getBases().length > 0;
    }

    public static Object parents(Object o) throws UnsupportedMessageException {
        PyType t = cls(o);
        if (t.getBases().length == 0) {
            throw UnsupportedMessageException.create();
        }
        return new PTuple(t.getBases().clone());
    }
}
