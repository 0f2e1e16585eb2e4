package dev.dunder.runtime.lua;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Lua strings are byte strings. Dunder keeps them in Java {@link String}s that hold
 * one byte per char (chars 0..255), which the JVM stores compactly, one byte each;
 * {@code #s}, {@code s:byte(i)} and patterns then work on bytes, as in Lua. Text
 * coming from outside (source files, file names, messages from Java) enters as UTF-8
 * bytes through {@link #fromJava}; bytes leave for the outside world through
 * {@link #toBytes}, or as text through {@link #toJava}.
 */
public final class LuaStrings {
    private LuaStrings() {
    }

    /** The byte string of {@code text}'s UTF-8 encoding (ASCII text is returned as it is). */
    @TruffleBoundary
    public static String fromJava(String text) {
        if (isAscii(text)) {
            return text;
        }
        return fromBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String fromBytes(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    public static String fromBytes(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    public static byte[] toBytes(String luaString) {
        return luaString.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Decodes a byte string as UTF-8 (for interop and host APIs). */
    @TruffleBoundary
    public static String toJava(String luaString) {
        if (isAscii(luaString)) {
            return luaString;
        }
        return new String(toBytes(luaString), StandardCharsets.UTF_8);
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
