package dev.dunder.runtime.lua.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaNumberFormat;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;

/**
 * Which metatable a value has, and the events in it (reference manual 2.4). Tables
 * carry their own metatable; all strings share one, whose {@code __index} is the
 * {@code string} library; other values have none (only C code could give them one).
 */
public final class LuaMetatables {
    private LuaMetatables() {
    }

    /** The metatable of {@code v}, or null. */
    public static LuaTable metatableOf(Object v) {
        if (v instanceof LuaTable t) {
            return t.getMetatable();
        }
        if (v instanceof String) {
            return LuaContext.get().getStringMetatable();
        }
        if (v instanceof dev.dunder.runtime.lua.LuaFile) {
            return LuaContext.get().getFileMetatable();
        }
        return null;
    }

    /** The raw value of {@code event} in {@code v}'s metatable, or nil. */
    @TruffleBoundary
    public static Object metamethod(Object v, String event) {
        LuaTable mt = metatableOf(v);
        return mt == null ? LuaNil.NIL : mt.rawGetStr(event);
    }

    /** {@code getmetatable(v)}: the {@code __metatable} field if the metatable has one. */
    @TruffleBoundary
    public static Object getmetatable(Object v) {
        LuaTable mt = metatableOf(v);
        if (mt == null) {
            return LuaNil.NIL;
        }
        Object protectedValue = mt.rawGetStr("__metatable");
        return protectedValue != LuaNil.NIL ? protectedValue : mt;
    }

    /** luaT_objtypename: a table's {@code __name} if it is a string, else the type's name (for error messages). */
    @TruffleBoundary
    public static String objTypeName(Object v) {
        if (v instanceof LuaTable t && t.getMetatable() != null) {
            Object name = t.getMetatable().rawGetStr("__name");
            if (name instanceof String s) {
                return s;
            }
        }
        return LuaValues.typeName(v);
    }

    /** {@code tostring(v)} without {@code __tostring}/{@code __name}: numbers, strings, booleans, nil, and addresses. */
    @TruffleBoundary
    public static String rawToString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long l) {
            return Long.toString(l);
        }
        if (v instanceof Double d) {
            return LuaNumberFormat.floatToString(d);
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v == LuaNil.NIL) {
            return "nil";
        }
        if (LuaValues.isForeign(v)) {
            return ForeignValues.display(v);
        }
        return LuaValues.typeName(v) + ": " + LuaValues.addressOf(v);
    }

    /** luaL_tolstring: {@code tostring(v)} honouring {@code __tostring} and {@code __name}. */
    @TruffleBoundary
    public static String tostring(Object v) {
        Object handler = metamethod(v, "__tostring");
        if (handler != LuaNil.NIL) {
            Object r = LuaCalls.first(LuaCalls.call(handler, v));
            if (r instanceof String s) {
                return s;
            }
            if (r instanceof Long || r instanceof Double) {
                return rawToString(r);
            }
            throw LuaError.withWhere("'__tostring' must return a string");
        }
        if (v instanceof LuaTable) {
            Object name = metamethod(v, "__name");
            if (name instanceof String s) {
                return s + ": " + LuaValues.addressOf(v);
            }
        }
        return rawToString(v);
    }

    /**
     * The name a traceback gives a function found in a loaded library ({@code "string.rep"},
     * or {@code "print"} for a global), as lauxlib's pushglobalfuncname searches
     * {@code package.loaded} two levels deep; null when it is in none.
     */
    @TruffleBoundary
    public static String globalFunctionName(LuaFunction f) {
        LuaContext ctx = LuaContext.get();
        LuaTable loaded = ctx == null ? null : ctx.getLoaded();
        if (loaded == null) {
            return null;
        }
        Object[] entry = loaded.next(LuaNil.NIL);
        while (entry != null) {
            if (entry[0] instanceof String module) {
                if (entry[1] == f) {
                    return module;
                }
                if (entry[1] instanceof LuaTable lib) {
                    String name = findIn(lib, f);
                    if (name != null) {
                        return module.equals("_G") ? name : module + "." + name;
                    }
                }
            }
            entry = loaded.next(entry[0]);
        }
        return null;
    }

    private static String findIn(LuaTable lib, LuaFunction f) {
        Object[] entry = lib.next(LuaNil.NIL);
        while (entry != null) {
            if (entry[1] == f && entry[0] instanceof String key) {
                return key;
            }
            entry = lib.next(entry[0]);
        }
        return null;
    }
}
