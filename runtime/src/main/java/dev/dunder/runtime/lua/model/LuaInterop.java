package dev.dunder.runtime.lua.model;

import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaStrings;

/** Values arriving from other languages, as Lua sees them. */
public final class LuaInterop {
    private LuaInterop() {
    }

    /** Java numbers become integers or floats, Java text a byte string, null nil; Lua values stay as they are. */
    public static Object fromForeign(Object v) {
        if (v == null) {
            return LuaNil.NIL;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return (double) f;
        }
        if (v instanceof Character c) {
            return LuaStrings.fromJava(String.valueOf(c));
        }
        if (v instanceof String s) {
            return LuaStrings.fromJava(s);
        }
        return v;
    }
}
