package dev.dunder.runtime.lua.model;

import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaStrings;

/** Values arriving from other languages, as Lua sees them. */
public final class LuaInterop {
    private LuaInterop() {
    }

    /**
     * A Lua value on its way out to another language or the host: a Lua string (bytes, one
     * per char) becomes the text its UTF-8 bytes spell; everything else goes as it is.
     */
    public static Object toForeign(Object v) {
        if (v instanceof String s) {
            return LuaStrings.toJava(s);
        }
        return v;
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
