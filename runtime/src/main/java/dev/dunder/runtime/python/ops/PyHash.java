package dev.dunder.runtime.python.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * {@code hash()} with CPython's values for numbers and tuples (so sets of numbers
 * iterate in CPython's order), and the key equality dicts and sets use:
 * identity, then equal hashes and {@code ==}.
 */
public final class PyHash {
    /** CPython's modulus for numeric hashes: 2**61 - 1. */
    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long INF_HASH = 314159;

    private PyHash() {
    }

    @TruffleBoundary
    public static long hash(Object o) {
        if (o instanceof String s) {
            return hashString(s);
        } else if (o instanceof Long l) {
            return hashLong(l);
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof Double d) {
            return hashDouble(d, o);
        } else if (o instanceof BigInteger b) {
            return hashBig(b);
        } else if (o instanceof PTuple t) {
            return hashTuple(t);
        }
        return hashObject(o);
    }

    private static long hashString(String s) {
        // CPython randomises str hashes per process; any good spread will do.
        long h = s.hashCode();
        h *= 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    public static long hashLong(long v) {
        long h;
        if (v >= 0) {
            h = v % MODULUS;
        } else if (v == Long.MIN_VALUE) {
            h = -hashBig(BigInteger.valueOf(v).negate());
        } else {
            h = -((-v) % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    public static long hashBig(BigInteger b) {
        long h = b.abs().mod(BIG_MODULUS).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's _Py_HashDouble. */
    public static long hashDouble(double v, Object identity) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF_HASH : -INF_HASH;
        }
        if (Double.isNaN(v)) {
            return System.identityHashCode(identity);
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return hashLong((long) v);
        }
        double a = Math.abs(v);
        int exp = Math.getExponent(a);
        if (exp < Double.MIN_EXPONENT) {
            // subnormal: scale into the normal range first
            exp = Math.getExponent(a * 0x1p54) - 54;
        }
        // frexp: a = m * 2**e with 0.5 <= m < 1
        int e = exp + 1;
        double m = Math.scalb(a, -e);
        int sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** CPython 3.8+'s tuple hash (an xxHash variant). */
    public static long hashTuple(PTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : t.getItems()) {
            long lane = hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private static long hashObject(Object o) {
        PyType type = PyTypes.typeOf(o);
        Object hashFn = type.lookup("__hash__");
        if (hashFn == null || hashFn == PNone.NONE) {
            throw PyErrors.typeError("unhashable type: '%s'", type.getName());
        }
        if (hashFn == ObjectHash.DEFAULT) {
            return identityHash(o);
        }
        Object r = PyCall.call(hashFn, o);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof BigInteger b) {
            return hashBig(b);
        }
        throw PyErrors.typeError("__hash__ method should return an integer");
    }

    public static long identityHash(Object o) {
        return System.identityHashCode(o);
    }

    /** Dict/set key equality once hashes matched: numbers compare across int/float/bool, then {@code ==}. */
    @TruffleBoundary
    public static boolean keysEqual(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa) {
            return b instanceof String sb ? sa.equals(sb) : (!(b instanceof PyObject) || PyTruth.isTrue(PyCompare.eq(a, b)));
        }
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            return PyNumbers.numericEquals(a, b);
        }
        return PyTruth.isTrue(PyCompare.eq(a, b));
    }

    /** Holder for object.__hash__, set when builtins are installed (compared by identity). */
    public static final class ObjectHash {
        public static PBuiltinFunction DEFAULT;

        private ObjectHash() {
        }
    }
}
