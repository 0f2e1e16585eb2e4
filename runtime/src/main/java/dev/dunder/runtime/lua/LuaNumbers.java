package dev.dunder.runtime.lua;

import dev.dunder.runtime.lua.model.LuaOperationError;

/**
 * Lua 5.4's number rules for the two subtypes: integers (64-bit, wrapping around)
 * and floats (IEEE doubles). Mixed operations convert the integer to a float, except
 * comparisons, which compare the mathematical values exactly (lvm.c's LTnum/LEnum).
 * Errors are signalled with {@link LuaOperationError}, which the operator nodes turn
 * into positioned Lua errors.
 */
public final class LuaNumbers {
    private static final double TWO_63 = 0x1p63;

    private LuaNumbers() {
    }

    // ---- arithmetic -------------------------------------------------------------

    public static long idiv(long a, long b) {
        if (b == 0) {
            throw new LuaOperationError("attempt to divide by zero");
        }
        return Math.floorDiv(a, b);
    }

    public static double idiv(double a, double b) {
        return Math.floor(a / b);
    }

    public static long mod(long a, long b) {
        if (b == 0) {
            throw new LuaOperationError("attempt to perform 'n%0'");
        }
        return Math.floorMod(a, b);
    }

    /** Lua's float modulo: C's fmod, corrected towards the sign of the divisor. */
    public static double mod(double a, double b) {
        double m = a % b;
        if (m > 0 ? b < 0 : (m < 0 && b > 0)) {
            m += b;
        }
        return m;
    }

    /** C's pow, which differs from Java's where 1 and -1 meet infinities and NaN. */
    public static double pow(double a, double b) {
        if (a == 1.0 || (a == -1.0 && Double.isInfinite(b))) {
            return 1.0;
        }
        return Math.pow(a, b);
    }

    public static long shiftLeft(long x, long y) {
        if (y <= -64 || y >= 64) {
            return 0;
        }
        return y >= 0 ? x << y : x >>> -y;
    }

    public static long shiftRight(long x, long y) {
        return shiftLeft(x, y == Long.MIN_VALUE ? 64 : -y);
    }

    // ---- conversions ----------------------------------------------------------------

    /** The float's integer value if it has one exactly (Lua's F2Ieq), else null. */
    public static Long floatToInteger(double d) {
        if (d >= -TWO_63 && d < TWO_63 && d == Math.rint(d)) {
            return (long) d;
        }
        return null;
    }

    public static boolean eqIntFloat(long i, double d) {
        Long l = floatToInteger(d);
        return l != null && l == i;
    }

    // ---- exact comparisons of mixed subtypes ----------------------------------------

    public static boolean ltIntFloat(long i, double f) {
        if (Double.isNaN(f)) {
            return false;
        }
        if (f >= TWO_63) {
            return true;
        }
        if (f <= -TWO_63) {
            return false;
        }
        return i < (long) Math.ceil(f);
    }

    public static boolean leIntFloat(long i, double f) {
        if (Double.isNaN(f)) {
            return false;
        }
        if (f >= TWO_63) {
            return true;
        }
        if (f < -TWO_63) {
            return false;
        }
        return i <= (long) Math.floor(f);
    }

    public static boolean ltFloatInt(double f, long i) {
        if (Double.isNaN(f)) {
            return false;
        }
        if (f >= TWO_63) {
            return false;
        }
        if (f < -TWO_63) {
            return true;
        }
        return (long) Math.floor(f) < i;
    }

    public static boolean leFloatInt(double f, long i) {
        if (Double.isNaN(f)) {
            return false;
        }
        if (f >= TWO_63) {
            return false;
        }
        if (f <= -TWO_63) {
            return true;
        }
        return (long) Math.ceil(f) <= i;
    }

    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x) {
            return b instanceof Long y ? x < y : ltIntFloat(x, (Double) b);
        }
        double x = (Double) a;
        return b instanceof Double y ? x < y : ltFloatInt(x, (Long) b);
    }

    public static boolean lessEqual(Object a, Object b) {
        if (a instanceof Long x) {
            return b instanceof Long y ? x <= y : leIntFloat(x, (Double) b);
        }
        double x = (Double) a;
        return b instanceof Double y ? x <= y : leFloatInt(x, (Long) b);
    }

    public static double toDouble(Object n) {
        return n instanceof Long l ? (double) l : (Double) n;
    }
}
