package dev.dunder.runtime.python.interop;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.python.objects.PBoxed;

/**
 * Interop numbers for the Python ints and floats that are not plain Java primitives: ints
 * beyond 64 bits (a {@link BigInteger}, seen through {@link PyBigInt}) and instances of user
 * subclasses of int and float ({@link PBoxed}). A long or double value answers as the
 * primitive would; a big int fits exactly in a BigInteger, and in a double only when the
 * double holds it exactly.
 */
public final class InteropNumbers {
    private InteropNumbers() {
    }

    /** The number a value stands for (Long, BigInteger or Double), or null if it is not a number. */
    public static Object numberOf(Object o) {
        if (o instanceof PBoxed b && (b.getValue() instanceof Long || b.getValue() instanceof BigInteger || b.getValue() instanceof Double)) {
            return b.getValue();
        }
        if (o instanceof PyBigInt b) {
            return b.getValue();
        }
        return null;
    }

    public static boolean isNumber(Object o) {
        return numberOf(o) != null;
    }

    private static Object require(Object o) throws UnsupportedMessageException {
        Object n = numberOf(o);
        if (n == null) {
            throw UnsupportedMessageException.create();
        }
        return n;
    }

    private static InteropLibrary primitive() {
        return InteropLibrary.getUncached();
    }

    @TruffleBoundary
    public static boolean fits(Object o, Class<?> type) {
        Object n = numberOf(o);
        if (n == null) {
            return false;
        }
        if (n instanceof BigInteger b) {
            if (type == BigInteger.class) {
                return true;
            } else if (type == Double.class || type == Float.class) {
                double d = type == Double.class ? b.doubleValue() : b.floatValue();
                return !Double.isInfinite(d) && new BigDecimal(d).toBigIntegerExact().equals(b);
            }
            return b.bitLength() < 64 && fitsPrimitive(b.longValue(), type);
        }
        return fitsPrimitive(n, type);
    }

    private static boolean fitsPrimitive(Object n, Class<?> type) {
        InteropLibrary lib = primitive();
        if (type == Byte.class) {
            return lib.fitsInByte(n);
        } else if (type == Short.class) {
            return lib.fitsInShort(n);
        } else if (type == Integer.class) {
            return lib.fitsInInt(n);
        } else if (type == Long.class) {
            return lib.fitsInLong(n);
        } else if (type == BigInteger.class) {
            return lib.fitsInBigInteger(n);
        } else if (type == Float.class) {
            return lib.fitsInFloat(n);
        }
        return lib.fitsInDouble(n);
    }

    @TruffleBoundary
    public static byte asByte(Object o) throws UnsupportedMessageException {
        return primitive().asByte(small(require(o)));
    }

    @TruffleBoundary
    public static short asShort(Object o) throws UnsupportedMessageException {
        return primitive().asShort(small(require(o)));
    }

    @TruffleBoundary
    public static int asInt(Object o) throws UnsupportedMessageException {
        return primitive().asInt(small(require(o)));
    }

    @TruffleBoundary
    public static long asLong(Object o) throws UnsupportedMessageException {
        return primitive().asLong(small(require(o)));
    }

    @TruffleBoundary
    public static BigInteger asBigInteger(Object o) throws UnsupportedMessageException {
        Object n = require(o);
        if (n instanceof BigInteger b) {
            return b;
        }
        return primitive().asBigInteger(n);
    }

    @TruffleBoundary
    public static float asFloat(Object o) throws UnsupportedMessageException {
        Object n = require(o);
        if (n instanceof BigInteger b) {
            if (!fits(o, Float.class)) {
                throw UnsupportedMessageException.create();
            }
            return b.floatValue();
        }
        return primitive().asFloat(n);
    }

    @TruffleBoundary
    public static double asDouble(Object o) throws UnsupportedMessageException {
        Object n = require(o);
        if (n instanceof BigInteger b) {
            if (!fits(o, Double.class)) {
                throw UnsupportedMessageException.create();
            }
            return b.doubleValue();
        }
        return primitive().asDouble(n);
    }

    /** A BigInteger that fits in a long as that long (the primitive messages then decide); others stay and fail. */
    private static Object small(Object n) throws UnsupportedMessageException {
        if (n instanceof BigInteger b) {
            if (b.bitLength() >= 64) {
                throw UnsupportedMessageException.create();
            }
            return b.longValue();
        }
        return n;
    }
}
