package dev.dunder.runtime.python.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBoxed;
import dev.dunder.runtime.python.objects.PyTypes;

/** Unwrapping arguments of builtins into Java values, with CPython's TypeErrors. */
public final class Convert {
    private Convert() {
    }

    /** The builtin value behind a value of a builtin type or of a subclass of int/float/str. */
    public static Object unbox(Object o) {
        return o instanceof PBoxed b ? b.getValue() : o;
    }

    public static boolean isStr(Object o) {
        return o instanceof String || (o instanceof PBoxed b && b.getValue() instanceof String);
    }

    public static boolean isInt(Object o) {
        return PyNumbers.isInt(o) || (o instanceof PBoxed b && PyNumbers.isInt(b.getValue()));
    }

    public static boolean isFloat(Object o) {
        return o instanceof Double || (o instanceof PBoxed b && b.getValue() instanceof Double);
    }

    /** A str argument; {@code what} names it in the error ("join() argument"). */
    @TruffleBoundary
    public static String str(Object o, String what) {
        Object v = unbox(o);
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("%s must be str, not %s", what, PyErrors.typeName(o));
    }

    /** An int argument (bool and int subclasses included), as a Long or BigInteger. */
    @TruffleBoundary
    public static Object integer(Object o) {
        Object v = unbox(o);
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        return PySequences.index(o);
    }

    /** A Java int from an index-like value (counts, widths, positions). */
    @TruffleBoundary
    public static int intValue(Object o) {
        long l = PySequences.indexAsLong(unbox(o));
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) l;
    }

    public static long longValue(Object o) {
        return PySequences.indexAsLong(unbox(o));
    }

    /** A float for math: floats, ints, and anything with {@code __float__} or {@code __index__}. */
    @TruffleBoundary
    public static double toDouble(Object o) {
        Object v = unbox(o);
        if (v instanceof Double d) {
            return d;
        }
        if (PyNumbers.isInt(v)) {
            return PyNumbers.toDouble(v);
        }
        Object f = PyTypes.typeOf(o).lookup("__float__");
        if (f != null) {
            Object r = PyCall.callMethod(f, o);
            if (r instanceof Double d) {
                return d;
            }
            throw PyErrors.typeError("%s.__float__ returned non-float (type %s)", PyErrors.typeName(o), PyErrors.typeName(r));
        }
        Object idx = PyTypes.typeOf(o).lookup("__index__");
        if (idx != null) {
            return PyNumbers.toDouble(PySequences.index(o));
        }
        throw PyErrors.typeError("must be real number, not %s", PyErrors.typeName(o));
    }

    public static boolean isNone(Object o) {
        return o == null || o == dev.dunder.runtime.python.objects.PNone.NONE;
    }
}
