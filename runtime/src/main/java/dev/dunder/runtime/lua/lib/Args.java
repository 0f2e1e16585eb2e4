package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaNumberParser;
import dev.dunder.runtime.lua.LuaNumbers;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * Argument checks of the standard library, as lauxlib's luaL_check* functions make
 * them, with their messages ("bad argument #1 to 'rep' (string expected, got no
 * value)"). Arguments are at indexes 1..n of the builtin's arguments array.
 */
public final class Args {
    private Args() {
    }

    public static int count(Object[] args) {
        return args.length - 1;
    }

    public static boolean isNone(Object[] args, int i) {
        return i >= args.length;
    }

    public static boolean isNoneOrNil(Object[] args, int i) {
        return i >= args.length || args[i] == LuaNil.NIL;
    }

    /** The argument, or nil when absent. */
    public static Object get(Object[] args, int i) {
        return i < args.length ? args[i] : LuaNil.NIL;
    }

    /** luaL_typeerror's name of a value: its {@code __name}, its type, or "no value". */
    public static String typeNameForError(Object[] args, int i) {
        if (isNone(args, i)) {
            return "no value";
        }
        Object v = args[i];
        Object name = LuaMetatables.metamethod(v, "__name");
        if (name instanceof String s) {
            return s;
        }
        return LuaValues.typeName(v);
    }

    public static LuaError typeError(Object[] args, int i, String expected) {
        return LuaError.badArgument(i, expected + " expected, got " + typeNameForError(args, i));
    }

    public static Object checkAny(Object[] args, int i) {
        if (isNone(args, i)) {
            throw LuaError.badArgument(i, "value expected");
        }
        return args[i];
    }

    public static LuaTable checkTable(Object[] args, int i) {
        if (i < args.length && args[i] instanceof LuaTable t) {
            return t;
        }
        throw typeError(args, i, "table");
    }

    public static LuaFunction checkFunction(Object[] args, int i) {
        if (i < args.length && args[i] instanceof LuaFunction f) {
            return f;
        }
        throw typeError(args, i, "function");
    }

    /** A number, from a number or a numeric string. */
    public static Object checkNumber(Object[] args, int i) {
        Object v = get(args, i);
        if (v instanceof Long || v instanceof Double) {
            return v;
        }
        if (v instanceof String s) {
            Object n = LuaNumberParser.parse(s);
            if (n != null) {
                return n;
            }
        }
        throw typeError(args, i, "number");
    }

    public static double checkDouble(Object[] args, int i) {
        return LuaNumbers.toDouble(checkNumber(args, i));
    }

    /** An integer: an integer, a float with an integral value, or a string denoting one. */
    public static long checkInteger(Object[] args, int i) {
        Object v = get(args, i);
        if (v instanceof Long l) {
            return l;
        }
        Object n = v;
        if (v instanceof String s) {
            n = LuaNumberParser.parse(s);
        }
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof Double d) {
            Long exact = LuaNumbers.floatToInteger(d);
            if (exact != null) {
                return exact;
            }
            throw LuaError.badArgument(i, "number has no integer representation");
        }
        throw typeError(args, i, "number");
    }

    public static long optInteger(Object[] args, int i, long defaultValue) {
        return isNoneOrNil(args, i) ? defaultValue : checkInteger(args, i);
    }

    /** A string, from a string or a number (converted as tostring converts it). */
    public static String checkString(Object[] args, int i) {
        Object v = get(args, i);
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long || v instanceof Double) {
            return LuaMetatables.rawToString(v);
        }
        throw typeError(args, i, "string");
    }

    public static String optString(Object[] args, int i, String defaultValue) {
        return isNoneOrNil(args, i) ? defaultValue : checkString(args, i);
    }

    /** luaL_checkoption: one of {@code options}, or "invalid option 'x'". */
    public static int checkOption(Object[] args, int i, String defaultValue, String... options) {
        String name = defaultValue != null ? optString(args, i, defaultValue) : checkString(args, i);
        for (int k = 0; k < options.length; k++) {
            if (options[k].equals(name)) {
                return k;
            }
        }
        throw LuaError.badArgument(i, "invalid option '" + name + "'");
    }
}
