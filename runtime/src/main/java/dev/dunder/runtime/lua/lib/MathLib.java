package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaNumberParser;
import dev.dunder.runtime.lua.LuaNumbers;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.LuaOperators;

/**
 * The math library (reference manual 6.7). Functions keep Lua's integer/float
 * distinctions: {@code floor}/{@code ceil} give integers when they fit, {@code abs} and
 * {@code max} keep the subtype, {@code fmod} on integers is an integer. {@code random}
 * is xoshiro256** as in Lua 5.4, though seeded differently.
 */
public final class MathLib {
    private MathLib() {
    }

    public static LuaTable install(LuaContext ctx, LuaTable g) {
        LuaTable math = new LuaTable();
        Library lib = new Library(ctx, math, "math.");
        lib.set("pi", Math.PI);
        lib.set("huge", Double.POSITIVE_INFINITY);
        lib.set("maxinteger", Long.MAX_VALUE);
        lib.set("mininteger", Long.MIN_VALUE);
        lib.add("abs", args -> {
            Object n = Args.checkNumber(args, 1);
            return n instanceof Long l ? (Object) (l < 0 ? -l : l) : (Object) Math.abs((Double) n);
        });
        lib.add("ceil", args -> rounded(Args.checkNumber(args, 1), true));
        lib.add("floor", args -> rounded(Args.checkNumber(args, 1), false));
        lib.add("sqrt", args -> Math.sqrt(Args.checkDouble(args, 1)));
        lib.add("exp", args -> Math.exp(Args.checkDouble(args, 1)));
        lib.add("sin", args -> Math.sin(Args.checkDouble(args, 1)));
        lib.add("cos", args -> Math.cos(Args.checkDouble(args, 1)));
        lib.add("tan", args -> Math.tan(Args.checkDouble(args, 1)));
        lib.add("asin", args -> Math.asin(Args.checkDouble(args, 1)));
        lib.add("acos", args -> Math.acos(Args.checkDouble(args, 1)));
        lib.add("atan", args -> Math.atan2(Args.checkDouble(args, 1), Args.isNoneOrNil(args, 2) ? 1.0 : Args.checkDouble(args, 2)));
        lib.add("log", MathLib::log);
        lib.add("fmod", MathLib::fmod);
        lib.add("modf", MathLib::modf);
        lib.add("tointeger", args -> {
            Object v = Args.get(args, 1);
            Object n = v instanceof String s ? LuaNumberParser.parse(s) : v;
            if (n instanceof Long) {
                return n;
            }
            if (n instanceof Double d) {
                Long l = LuaNumbers.floatToInteger(d);
                if (l != null) {
                    return l;
                }
            }
            Args.checkAny(args, 1);
            return LuaNil.NIL;
        });
        lib.add("type", args -> {
            Object v = Args.checkAny(args, 1);
            return v instanceof Long ? "integer" : v instanceof Double ? "float" : LuaNil.NIL;
        });
        lib.add("ult", args -> Long.compareUnsigned(Args.checkInteger(args, 1), Args.checkInteger(args, 2)) < 0);
        lib.add("max", args -> extreme(args, true));
        lib.add("min", args -> extreme(args, false));
        Xoshiro random = new Xoshiro(System.nanoTime(), System.identityHashCode(ctx));
        lib.add("random", args -> random(random, args));
        lib.add("randomseed", args -> {
            if (Args.isNone(args, 1)) {
                long a = System.nanoTime();
                long b = System.identityHashCode(random);
                random.seed(a, b);
                return new Object[]{a, b};
            }
            long n1 = Args.checkNumber(args, 1) instanceof Double d ? (long) (double) d : Args.checkInteger(args, 1);
            long n2 = Args.optInteger(args, 2, 0);
            random.seed(n1, n2);
            return new Object[]{n1, n2};
        });
        g.rawSetStr("math", math);
        return math;
    }

    /** floor or ceil: an integer if the result fits in one, else a float. */
    private static Object rounded(Object n, boolean ceil) {
        if (n instanceof Long) {
            return n;
        }
        double d = ceil ? Math.ceil((Double) n) : Math.floor((Double) n);
        Long l = LuaNumbers.floatToInteger(d);
        return l != null ? (Object) l : (Object) d;
    }

    private static Object log(Object[] args) {
        double x = Args.checkDouble(args, 1);
        if (Args.isNoneOrNil(args, 2)) {
            return Math.log(x);
        }
        double base = Args.checkDouble(args, 2);
        if (base == 2.0) {
            return Math.log(x) / Math.log(2.0);
        }
        if (base == 10.0) {
            return Math.log10(x);
        }
        return Math.log(x) / Math.log(base);
    }

    private static Object fmod(Object[] args) {
        Object a = Args.checkNumber(args, 1);
        Object b = Args.checkNumber(args, 2);
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw LuaError.badArgument(2, "zero");
            }
            if (y == -1) {
                return 0L;
            }
            return x % y;
        }
        return LuaNumbers.toDouble(a) % LuaNumbers.toDouble(b);
    }

    private static Object modf(Object[] args) {
        Object v = Args.checkNumber(args, 1);
        if (v instanceof Long l) {
            return new Object[]{l, 0.0};
        }
        double n = (Double) v;
        double ip = n < 0 ? Math.ceil(n) : Math.floor(n);
        Long asInteger = LuaNumbers.floatToInteger(ip);
        return new Object[]{asInteger != null ? (Object) asInteger : (Object) ip, n == ip ? 0.0 : n - ip};
    }

    private static Object extreme(Object[] args, boolean max) {
        if (Args.count(args) < 1) {
            throw LuaError.badArgument(1, "value expected");
        }
        // lmathlib.c compares with lua_compare: any values Lua's < orders (strings, __lt), no coercion
        Object best = args[1];
        for (int i = 2; i < args.length; i++) {
            Object v = args[i];
            if (max ? LuaOperators.lessThan(best, v) : LuaOperators.lessThan(v, best)) {
                best = v;
            }
        }
        return best;
    }

    private static Object random(Xoshiro random, Object[] args) {
        long rv = random.next();
        long low;
        long up;
        switch (args.length - 1) {
            case 0 -> {
                return (rv >>> 11) * 0x1.0p-53;
            }
            case 1 -> {
                low = 1;
                up = Args.checkInteger(args, 1);
                if (up == 0) {
                    return rv;
                }
            }
            case 2 -> {
                low = Args.checkInteger(args, 1);
                up = Args.checkInteger(args, 2);
            }
            default -> throw LuaError.withWhere("wrong number of arguments");
        }
        if (low > up) {
            throw LuaError.badArgument(1, "interval is empty");
        }
        return low + project(rv, up - low, random);
    }

    /** lmathlib.c's project: a uniform value in [0, n] from random bits. */
    private static long project(long ran, long n, Xoshiro random) {
        if ((n & (n + 1)) == 0) {
            return ran & n;
        }
        long lim = n;
        lim |= lim >>> 1;
        lim |= lim >>> 2;
        lim |= lim >>> 4;
        lim |= lim >>> 8;
        lim |= lim >>> 16;
        lim |= lim >>> 32;
        long r = ran;
        while (Long.compareUnsigned(r &= lim, n) > 0) {
            r = random.next();
        }
        return r;
    }

    /** The xoshiro256** generator of Lua 5.4. */
    static final class Xoshiro {
        private final long[] s = new long[4];

        Xoshiro(long a, long b) {
            seed(a, b);
        }

        void seed(long n1, long n2) {
            s[0] = n1;
            s[1] = 0xff;
            s[2] = n2;
            s[3] = 0;
            for (int i = 0; i < 16; i++) {
                next();
            }
        }

        long next() {
            long result = Long.rotateLeft(s[1] * 5, 7) * 9;
            long t = s[1] << 17;
            s[2] ^= s[0];
            s[3] ^= s[1];
            s[1] ^= s[2];
            s[0] ^= s[3];
            s[2] ^= t;
            s[3] = Long.rotateLeft(s[3], 45);
            return result;
        }
    }

}
