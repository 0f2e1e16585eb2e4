package dev.dunder.runtime.lua;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.model.LuaIndex;
import dev.dunder.runtime.lua.model.LuaInterop;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * How other languages see a table (MODELS.md, "Crossing models"): string keys are
 * members, keys 1..#t are array elements 0..#t-1, and reads and writes go through
 * {@code __index} and {@code __newindex} as Lua code's own would.
 */
final class LuaTableInterop {
    private LuaTableInterop() {
    }

    @TruffleBoundary
    static Object[] memberNames(LuaTable t) {
        List<Object> names = new ArrayList<>();
        for (Object[] e = t.next(LuaNil.NIL); e != null; e = t.next(e[0])) {
            if (e[0] instanceof String s) {
                names.add(LuaStrings.toJava(s));
            }
        }
        return names.toArray();
    }

    @TruffleBoundary
    static boolean hasMember(LuaTable t, String name) {
        return LuaIndex.index(t, LuaStrings.fromJava(name)) != LuaNil.NIL;
    }

    @TruffleBoundary
    static Object read(LuaTable t, Object key) {
        return LuaIndex.index(t, key);
    }

    @TruffleBoundary
    static void write(LuaTable t, Object key, Object value) {
        LuaIndex.setIndex(t, key, LuaInterop.fromForeign(value));
    }

    @TruffleBoundary
    static String display(LuaTable t) {
        return LuaStrings.toJava(LuaMetatables.tostring(t));
    }
}
