package dev.dunder.runtime.python.interop;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PMethod;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * How Python values meet the polyglot world: values arriving from other languages or
 * the host are turned into Python values (ints become Python ints, null becomes None),
 * and Python values leaving are made valid interop values.
 */
public final class PythonInterop {
    private PythonInterop() {
    }

    public static boolean isCallable(Object o) {
        if (o instanceof PFunction || o instanceof PBuiltinFunction || o instanceof PMethod || o instanceof PyType) {
            return true;
        }
        return PyTypes.typeOf(o).lookup("__call__") != null;
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] arguments) {
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = toPython(arguments[i]);
        }
        return toInterop(PyCall.call(callable, args));
    }

    /** A value from interop as a Python value. */
    @TruffleBoundary
    public static Object toPython(Object o) {
        if (o instanceof Integer i) {
            return (long) i;
        } else if (o instanceof Short s) {
            return (long) s;
        } else if (o instanceof Byte b) {
            return (long) b;
        } else if (o instanceof Float f) {
            return (double) f;
        } else if (o instanceof Character c) {
            return String.valueOf(c);
        } else if (o instanceof PythonException pe) {
            return pe.getException();
        }
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof String || o instanceof dev.dunder.runtime.python.objects.PyObject) {
            return o;
        }
        InteropLibrary lib = InteropLibrary.getUncached();
        if (lib.isNull(o)) {
            return PNone.NONE;
        }
        if (lib.isString(o)) {
            try {
                return lib.asString(o);
            } catch (UnsupportedMessageException e) {
                return o;
            }
        }
        return o;
    }

    /** A Python value as a valid interop value (big ints travel as their closest double until a bigint wrapper exists). */
    public static Object toInterop(Object o) {
        if (o instanceof BigInteger b) {
            return b.doubleValue();
        }
        return o;
    }

    @TruffleBoundary
    public static Object display(Object o, boolean sideEffects) {
        if (!sideEffects) {
            return "<" + PyTypes.typeOf(o).getName() + " object>";
        }
        try {
            return PyStr.repr(o);
        } catch (PythonException e) {
            return "<" + PyTypes.typeOf(o).getName() + " object>";
        }
    }
}
