package dev.dunder.runtime.lua;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Facts about Lua values that do not involve metatables: their type names,
 * truthiness, raw equality, and how table keys are normalised.
 *
 * <p>The Java representation of each Lua type: nil is {@link LuaNil#NIL}; booleans are
 * {@link Boolean}; integers are {@link Long} and floats {@link Double} (the two
 * subtypes of number); strings are {@link String}s holding one byte per char
 * (see {@link LuaStrings}); tables are {@link LuaTable}; functions are
 * {@link LuaFunction}; files (io library) are {@link LuaFile}.
 */
public final class LuaValues {
    private LuaValues() {
    }

    /** {@code type(v)}. */
    public static String typeName(Object v) {
        if (v == LuaNil.NIL) {
            return "nil";
        } else if (v instanceof Boolean) {
            return "boolean";
        } else if (v instanceof Long || v instanceof Double) {
            return "number";
        } else if (v instanceof String) {
            return "string";
        } else if (v instanceof LuaTable) {
            return "table";
        } else if (v instanceof LuaFunction) {
            return "function";
        } else if (v instanceof LuaFile) {
            return "userdata";
        } else if (v instanceof LuaCoroutine) {
            return "thread";
        }
        return "userdata";
    }

    /**
     * Whether {@code v} comes from outside Lua: another language's object or a host (Java)
     * object. Lua sees it as a userdata whose fields, calls and length are asked of it
     * through interop (see {@code model.ForeignValues}).
     */
    public static boolean isForeign(Object v) {
        return !(v instanceof LuaNil || v instanceof Boolean || v instanceof Long || v instanceof Double || v instanceof String || v instanceof LuaTable
                        || v instanceof LuaFunction || v instanceof LuaFile || v instanceof LuaCoroutine);
    }

    /** Everything but nil and false is true. */
    public static boolean isTruthy(Object v) {
        return v != LuaNil.NIL && v != Boolean.FALSE && !(v instanceof Boolean b && !b);
    }

    /** {@code rawequal(a, b)}: numbers by mathematical value, strings by content, the rest by identity. */
    public static boolean rawEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return x.longValue() == y.longValue();
            }
            return b instanceof Double d && LuaNumbers.eqIntFloat(x, d);
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return x.doubleValue() == y.doubleValue();
            }
            return b instanceof Long l && LuaNumbers.eqIntFloat(l, x);
        }
        if (a instanceof String s) {
            return b instanceof String t && s.equals(t);
        }
        if (a instanceof Boolean x) {
            return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
        }
        return false;
    }

    /**
     * The key a value stands for in a table: a float with an integral value is that
     * integer ({@code t[1.0]} is {@code t[1]}). Nil and NaN are returned as they are; callers
     * that store reject them.
     */
    public static Object normalizeKey(Object key) {
        if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && v >= -0x1p63 && v < 0x1p63) {
                return (long) v;
            }
        }
        return key;
    }

    /** A stable, address-like number for {@code tostring} of tables and functions. */
    @TruffleBoundary
    public static String addressOf(Object o) {
        long id = System.identityHashCode(o) & 0xffffffffL;
        return String.format("0x%012x", 0x550000000000L + (id << 4));
    }
}
