package dev.dunder.runtime.python.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PClassMethod;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PMethod;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PProperty;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * The descriptor protocol: what a value found in a class dict becomes when it is
 * read through an instance or the class. The rules live on the value's type
 * ({@code __get__}, {@code __set__}, {@code __delete__}); the fast paths below are
 * exactly what the builtin types' own {@code __get__} methods do.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /** A data descriptor's type defines {@code __set__} or {@code __delete__}: it wins over the instance dict. */
    @TruffleBoundary
    public static boolean isDataDescriptor(Object value) {
        if (value instanceof PFunction || value instanceof PBuiltinFunction) {
            return false;
        }
        PyType t = PyTypes.typeOf(value);
        return t.lookup("__set__") != null || t.lookup("__delete__") != null;
    }

    /** Whether the value's type defines {@code __get__} (any descriptor). */
    @TruffleBoundary
    public static boolean hasGet(Object value) {
        if (value instanceof PFunction || value instanceof PBuiltinFunction) {
            return true;
        }
        return PyTypes.typeOf(value).lookup("__get__") != null;
    }

    /**
     * {@code type(descr).__get__(descr, instance, owner)}; {@code instance} is null for a
     * read through the class. Values that are not descriptors are returned as they are.
     */
    @TruffleBoundary
    public static Object bind(Object descr, Object instance, PyType owner) {
        if (descr instanceof PFunction) {
            return instance == null ? descr : new PMethod(descr, instance);
        }
        if (descr instanceof PBuiltinFunction b) {
            switch (b.getKind()) {
                case METHOD:
                    return instance == null ? descr : new PMethod(descr, instance);
                case CLASSMETHOD:
                    return new PMethod(descr, owner);
                default:
                    return descr;
            }
        }
        PyType t = PyTypes.typeOf(descr);
        if (descr instanceof PProperty p && t == PyTypes.PROPERTY) {
            if (instance == null) {
                return descr;
            }
            return PropertyAccess.get(p, instance);
        }
        if (descr instanceof PClassMethod cm && (t == PyTypes.CLASSMETHOD || t == PyTypes.STATICMETHOD)) {
            if (t == PyTypes.STATICMETHOD) {
                return cm.getCallable();
            }
            return bindClassMethod(cm.getCallable(), owner);
        }
        Object get = t.lookup("__get__");
        if (get == null) {
            return descr;
        }
        return PyCall.callMethod(get, descr, instance == null ? PNone.NONE : instance, owner);
    }

    /** {@code classmethod.__get__}: bind the class, or chain to a wrapped descriptor's {@code __get__} (3.9+). */
    @TruffleBoundary
    public static Object bindClassMethod(Object callable, PyType owner) {
        return new PMethod(callable, owner);
    }
}
