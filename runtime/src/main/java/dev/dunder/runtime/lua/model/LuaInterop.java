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
        if (v instanceof com.oracle.truffle.api.interop.TruffleObject && dev.dunder.runtime.lua.LuaValues.isForeign(v)) {
            return fromForeignObject(v);
        }
        return v;
    }

    /** Another language's null, booleans, numbers and strings become Lua's; its objects stay userdata. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object fromForeignObject(Object v) {
        com.oracle.truffle.api.interop.InteropLibrary lib = com.oracle.truffle.api.interop.InteropLibrary.getUncached(v);
        try {
            if (lib.isNull(v)) {
                return LuaNil.NIL;
            }
            if (lib.isBoolean(v)) {
                return lib.asBoolean(v);
            }
            if (lib.isString(v)) {
                return LuaStrings.fromJava(lib.asString(v));
            }
            if (lib.isNumber(v)) {
                if (lib.fitsInLong(v)) {
                    return lib.asLong(v);
                }
                if (lib.fitsInDouble(v)) {
                    return lib.asDouble(v);
                }
            }
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
            return v;
        }
        return v;
    }
}
