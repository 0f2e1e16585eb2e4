package dev.dunder.runtime.lua;

import dev.dunder.runtime.common.interop.InteropArray;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;

import dev.dunder.runtime.lua.model.LuaCalls;
import dev.dunder.runtime.lua.model.LuaIndex;
import dev.dunder.runtime.lua.model.LuaInterop;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * How other languages see a table (MODELS.md, "Crossing models"), by Lua's own rules:
 * <ul>
 * <li>members are string keys, read through {@code __index} and written through
 * {@code __newindex} as {@code t.name} and {@code t.name = v} in Lua code would; invoking a
 * member is the method call {@code t:name(args)} (the table is passed as {@code self}, since
 * that is how Lua code calls what a table holds as methods); a table is executable when its
 * metatable has {@code __call};</li>
 * <li>array elements are the sequence {@code t[1..#t]}: interop index {@code i} is Lua key
 * {@code i + 1};</li>
 * <li>hash entries are every key of the table itself, read and written raw, as {@code pairs}
 * (without {@code __pairs}) and {@code next} see them;</li>
 * <li>the display string is {@code tostring(t)}, {@code __tostring} and {@code __name}
 * included. Lua has no classes, so a table has no meta-object.</li>
 * </ul>
 * Lua strings leave as text and text arrives as Lua's UTF-8 byte strings ({@link LuaInterop}).
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
        return LuaInterop.toForeign(LuaIndex.index(t, key));
    }

    @TruffleBoundary
    static void write(LuaTable t, Object key, Object value) {
        LuaIndex.setIndex(t, key, LuaInterop.fromForeign(value));
    }

    @TruffleBoundary
    static boolean isInvocable(LuaTable t, String name) {
        Object v = LuaIndex.index(t, LuaStrings.fromJava(name));
        return v != LuaNil.NIL && LuaCalls.isCallable(v);
    }

    /** {@code t:name(args...)}. */
    @TruffleBoundary
    static Object invoke(LuaTable t, String name, Object[] arguments) throws UnknownIdentifierException {
        Object fn = LuaIndex.index(t, LuaStrings.fromJava(name));
        if (fn == LuaNil.NIL) {
            throw UnknownIdentifierException.create(name);
        }
        Object[] withSelf = new Object[arguments.length + 1];
        withSelf[0] = t;
        System.arraycopy(arguments, 0, withSelf, 1, arguments.length);
        return LuaCalls.interopCall(fn, withSelf);
    }

    @TruffleBoundary
    static boolean isCallable(LuaTable t) {
        return LuaMetatables.metamethod(t, "__call") != LuaNil.NIL;
    }

    @TruffleBoundary
    static boolean hasOwn(LuaTable t, Object key) {
        return LuaIndex.rawGet(t, key) != LuaNil.NIL;
    }

    @TruffleBoundary
    static Object rawRead(LuaTable t, Object key) {
        return LuaInterop.toForeign(LuaIndex.rawGet(t, key));
    }

    @TruffleBoundary
    static void rawWrite(LuaTable t, Object key, Object value) {
        LuaIndex.rawSet(t, key, LuaInterop.fromForeign(value));
    }

    @TruffleBoundary
    static void removeOwn(LuaTable t, Object key) {
        LuaIndex.rawSet(t, key, LuaNil.NIL);
    }

    @TruffleBoundary
    static long hashSize(LuaTable t) {
        long n = 0;
        for (Object[] e = t.next(LuaNil.NIL); e != null; e = t.next(e[0])) {
            n++;
        }
        return n;
    }

    /** A snapshot of the entries, each a two-element array {@code [key, value]}. */
    @TruffleBoundary
    static Object[] hashEntries(LuaTable t) {
        List<Object> entries = new ArrayList<>();
        for (Object[] e = t.next(LuaNil.NIL); e != null; e = t.next(e[0])) {
            entries.add(new InteropArray(new Object[]{LuaInterop.toForeign(e[0]), LuaInterop.toForeign(e[1])}));
        }
        return entries.toArray();
    }

    @TruffleBoundary
    static String display(LuaTable t) {
        return LuaStrings.toJava(LuaMetatables.tostring(t));
    }
}
