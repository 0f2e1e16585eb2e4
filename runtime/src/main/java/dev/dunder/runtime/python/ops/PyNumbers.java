package dev.dunder.runtime.python.ops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Arithmetic on Python's builtin numbers, exactly as CPython does it: ints of any
 * size (a Java long while it fits, else a BigInteger; bool counts as int), floats as
 * IEEE doubles, Python's floor division and modulo signs, and CPython's messages.
 *
 * <p>Every int result goes through {@link #normalize(BigInteger)} so an int that fits
 * is always a long: nodes can then specialise on long.
 */
public final class PyNumbers {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyNumbers() {
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger || o instanceof Integer;
    }

    public static boolean isNumber(Object o) {
        return isInt(o) || o instanceof Double;
    }

    public static Object normalize(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    @TruffleBoundary
    public static BigInteger toBig(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (o instanceof BigInteger b) {
            return b;
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (o instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        throw new IllegalArgumentException("not an int: " + o);
    }

    /** An int as a long when it fits (caller checked {@link #isInt}); for bools 0/1. */
    public static boolean fitsLong(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof Integer;
    }

    public static long asLong(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return (Integer) o;
    }

    @TruffleBoundary
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (fitsLong(o)) {
            return asLong(o);
        }
        BigInteger b = (BigInteger) o;
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    // ---- int arithmetic -----------------------------------------------------------------------

    @TruffleBoundary
    public static Object add(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return r;
        }
        return normalize(toBig(a).add(toBig(b)));
    }

    @TruffleBoundary
    public static Object sub(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return r;
        }
        return normalize(toBig(a).subtract(toBig(b)));
    }

    @TruffleBoundary
    public static Object mul(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        return normalize(toBig(a).multiply(toBig(b)));
    }

    @TruffleBoundary
    public static Object floorDiv(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            if (y == 0) {
                throw PyErrors.zeroDivision("integer division or modulo by zero");
            }
            if (x == Long.MIN_VALUE && y == -1) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.floorDiv(x, y);
        }
        BigInteger y = toBig(b);
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = toBig(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    @TruffleBoundary
    public static Object mod(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long y = asLong(b);
            if (y == 0) {
                throw PyErrors.zeroDivision("integer modulo by zero");
            }
            if (y == -1) {
                return 0L;
            }
            return Math.floorMod(asLong(a), y);
        }
        BigInteger y = toBig(b);
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("integer modulo by zero");
        }
        BigInteger r = toBig(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return normalize(r);
    }

    /** int / int: a correctly rounded float. */
    @TruffleBoundary
    public static double trueDivInt(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            if (y == 0) {
                throw PyErrors.zeroDivision("division by zero");
            }
            if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        BigInteger x = toBig(a);
        BigInteger y = toBig(b);
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        double r = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(40)).doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        return r;
    }

    @TruffleBoundary
    public static Object pow(Object a, Object b) {
        BigInteger exp = toBig(b);
        if (exp.signum() < 0) {
            double base = toDouble(a);
            if (base == 0.0) {
                throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return Math.pow(base, exp.doubleValue());
        }
        if (fitsLong(a)) {
            long base = asLong(a);
            if (base == 1 || exp.signum() == 0) {
                return 1L;
            }
            if (base == 0) {
                return 0L;
            }
            if (base == -1) {
                return exp.testBit(0) ? -1L : 1L;
            }
        }
        if (exp.bitLength() > 31) {
            throw PyErrors.overflowError("exponent too large");
        }
        return normalize(toBig(a).pow(exp.intValue()));
    }

    @TruffleBoundary
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger mod = toBig(m);
        if (mod.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger exp = toBig(b);
        BigInteger base = toBig(a);
        BigInteger absMod = mod.abs();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                r = base.modInverse(absMod).modPow(exp.negate(), absMod);
            } catch (ArithmeticException e) {
                throw PyErrors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = base.modPow(exp, absMod);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return normalize(r);
    }

    @TruffleBoundary
    public static Object neg(Object a) {
        if (fitsLong(a)) {
            long x = asLong(a);
            if (x == Long.MIN_VALUE) {
                return BigInteger.valueOf(x).negate();
            }
            return -x;
        }
        return normalize(toBig(a).negate());
    }

    @TruffleBoundary
    public static Object abs(Object a) {
        if (fitsLong(a)) {
            long x = asLong(a);
            if (x == Long.MIN_VALUE) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.abs(x);
        }
        return normalize(toBig(a).abs());
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (fitsLong(a)) {
            return ~asLong(a);
        }
        return normalize(toBig(a).not());
    }

    @TruffleBoundary
    public static Object lshift(Object a, Object b) {
        BigInteger n = toBig(b);
        if (n.signum() < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        if (fitsLong(a) && asLong(a) == 0) {
            return 0L;
        }
        if (n.bitLength() > 31) {
            throw PyErrors.overflowError("too many digits in integer");
        }
        int shift = n.intValue();
        if (fitsLong(a) && shift < 63) {
            long x = asLong(a);
            long r = x << shift;
            if ((r >> shift) == x) {
                return r;
            }
        }
        return normalize(toBig(a).shiftLeft(shift));
    }

    @TruffleBoundary
    public static Object rshift(Object a, Object b) {
        BigInteger n = toBig(b);
        if (n.signum() < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        if (fitsLong(a)) {
            long x = asLong(a);
            if (n.bitLength() > 31 || n.intValue() >= 64) {
                return x < 0 ? -1L : 0L;
            }
            return x >> n.intValue();
        }
        if (n.bitLength() > 31) {
            return toBig(a).signum() < 0 ? -1L : 0L;
        }
        return normalize(toBig(a).shiftRight(n.intValue()));
    }

    @TruffleBoundary
    public static Object and(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return asLong(a) & asLong(b);
        }
        return normalize(toBig(a).and(toBig(b)));
    }

    @TruffleBoundary
    public static Object or(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return asLong(a) | asLong(b);
        }
        return normalize(toBig(a).or(toBig(b)));
    }

    @TruffleBoundary
    public static Object xor(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return asLong(a) ^ asLong(b);
        }
        return normalize(toBig(a).xor(toBig(b)));
    }

    // ---- float arithmetic ---------------------------------------------------------------------

    public static double floatTrueDiv(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivision("float division by zero");
        }
        return a / b;
    }

    /** CPython's float_divmod: returns {floor quotient, modulo}. */
    public static double[] floatDivmod(double vx, double wx, String what) {
        if (wx == 0.0) {
            throw PyErrors.zeroDivision(what);
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    public static double floatFloorDiv(double a, double b) {
        return floatDivmod(a, b, "float floor division by zero")[0];
    }

    public static double floatMod(double a, double b) {
        return floatDivmod(a, b, "float modulo")[1];
    }

    @TruffleBoundary
    public static Object floatPow(double a, double b) {
        if (a == 0.0 && b < 0.0) {
            throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0.0 && b != Math.rint(b) && !Double.isInfinite(b)) {
            // a negative base to a fractional power is complex, as in Python 3
            return dev.dunder.runtime.python.builtins.ComplexType.pow(a, 0.0, b, 0.0);
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyErrors.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    // ---- comparison ---------------------------------------------------------------------------

    /** Compares two builtin numbers exactly (ints and floats compared by value, not by rounding). */
    @TruffleBoundary
    public static int compare(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return Long.compare(asLong(a), asLong(b));
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        if (a instanceof Double x) {
            return -compareIntFloat(b, x);
        }
        if (b instanceof Double y) {
            return compareIntFloat(a, y);
        }
        return toBig(a).compareTo(toBig(b));
    }

    /** int vs float without losing precision; NaN compares as "unordered" (caller handles). */
    private static int compareIntFloat(Object i, double f) {
        if (Double.isInfinite(f)) {
            return f > 0 ? -1 : 1;
        }
        BigDecimal fd = new BigDecimal(f);
        return new BigDecimal(toBig(i)).compareTo(fd);
    }

    @TruffleBoundary
    public static boolean numericEquals(Object a, Object b) {
        if (a instanceof Double x && Double.isNaN(x) || b instanceof Double y && Double.isNaN(y)) {
            return false;
        }
        return compare(a, b) == 0;
    }

    /** Python's {@code <} on numbers, false when either is NaN. */
    public static boolean lessThan(Object a, Object b) {
        if (isNaN(a) || isNaN(b)) {
            return false;
        }
        return compare(a, b) < 0;
    }

    public static boolean isNaN(Object o) {
        return o instanceof Double d && Double.isNaN(d);
    }

    /** CPython's check before int→str: more than 4300 digits is a ValueError. */
    public static final int MAX_STR_DIGITS = 4300;

    @TruffleBoundary
    public static String intToString(Object o) {
        if (fitsLong(o)) {
            return Long.toString(asLong(o));
        }
        BigInteger b = (BigInteger) o;
        if (b.bitLength() > MAX_STR_DIGITS * 3.33) {
            String s = b.abs().toString();
            if (s.length() > MAX_STR_DIGITS) {
                throw PyErrors.valueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        return b.toString();
    }

    public static boolean bigFitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
