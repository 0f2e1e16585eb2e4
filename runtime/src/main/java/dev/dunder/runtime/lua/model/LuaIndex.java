package dev.dunder.runtime.lua.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;

/**
 * Indexing, {@code t[k]} and {@code t[k] = v}, as MODELS.md states it (reference manual
 * 2.4, lvm.c's luaV_finishget and luaV_finishset), one short loop each:
 * <ol>
 * <li>a table with the key present: the raw value (read), or a raw write;</li>
 * <li>otherwise the {@code __index} ({@code __newindex}) event of the value's metatable; with
 * none, a table reads nil (writes the key raw), and any other value is an error;</li>
 * <li>a function handler is called, {@code h(t, k)} ({@code h(t, k, v)});</li>
 * <li>any other handler is indexed in turn, from step 1 — up to Lua's loop limit.</li>
 * </ol>
 * This is the reference path: the table nodes cache its outcome per receiver shape.
 */
public final class LuaIndex {
    /** lvm.c's MAXTAGLOOP: how many handlers one index operation may go through. */
    public static final int MAX_TAG_LOOP = 2000;

    private LuaIndex() {
    }

    /** {@code obj[key]}. */
    @TruffleBoundary
    public static Object index(Object obj, Object key) {
        Object t = obj;
        for (int loop = 0; loop < MAX_TAG_LOOP; loop++) {
            Object handler;
            if (t instanceof LuaTable table) {
                Object value = rawGet(table, key);                        // step 1
                if (value != LuaNil.NIL) {
                    return value;
                }
                LuaTable mt = table.getMetatable();                       // step 2
                handler = mt == null ? LuaNil.NIL : mt.rawGetStr("__index");
                if (handler == LuaNil.NIL) {
                    return LuaNil.NIL;
                }
            } else if (LuaValues.isForeign(t)) {
                return ForeignValues.read(t, key);                         // another language's object answers
            } else {
                handler = LuaMetatables.metamethod(t, "__index");
                if (handler == LuaNil.NIL) {
                    throw new LuaTypeError("index", t, t == obj ? 0 : -1);
                }
            }
            if (handler instanceof LuaFunction) {                         // step 3
                return LuaCalls.first(LuaCalls.call(handler, t, key));
            }
            t = handler;                                                  // step 4
        }
        throw new LuaOperationError("'__index' chain too long; possible loop");
    }

    /** {@code obj[key] = value}. */
    @TruffleBoundary
    public static void setIndex(Object obj, Object key, Object value) {
        Object t = obj;
        for (int loop = 0; loop < MAX_TAG_LOOP; loop++) {
            Object handler;
            if (t instanceof LuaTable table) {
                Object k = LuaValues.normalizeKey(key);
                if (rawGet(table, k) != LuaNil.NIL) {                    // step 1
                    table.rawSet(k, value);
                    return;
                }
                LuaTable mt = table.getMetatable();                       // step 2
                handler = mt == null ? LuaNil.NIL : mt.rawGetStr("__newindex");
                if (handler == LuaNil.NIL) {
                    rawSet(table, k, value);
                    return;
                }
            } else if (LuaValues.isForeign(t)) {
                ForeignValues.write(t, key, value);
                return;
            } else {
                handler = LuaMetatables.metamethod(t, "__newindex");
                if (handler == LuaNil.NIL) {
                    throw new LuaTypeError("index", t, t == obj ? 0 : -1);
                }
            }
            if (handler instanceof LuaFunction) {                         // step 3
                LuaCalls.call(handler, t, key, value);
                return;
            }
            t = handler;                                                  // step 4
        }
        throw new LuaOperationError("'__newindex' chain too long; possible loop");
    }

    /** {@code rawget(t, key)}: any key, normalised here; nil and NaN are simply absent. */
    public static Object rawGet(LuaTable table, Object key) {
        Object k = LuaValues.normalizeKey(key);
        if (k == LuaNil.NIL || (k instanceof Double d && d.isNaN())) {
            return LuaNil.NIL;
        }
        return table.rawGet(k);
    }

    /** {@code rawset(t, key, value)}: nil and NaN keys are errors. */
    public static void rawSet(LuaTable table, Object key, Object value) {
        Object k = LuaValues.normalizeKey(key);
        if (k == LuaNil.NIL) {
            throw new LuaOperationError("table index is nil");
        }
        if (k instanceof Double d && d.isNaN()) {
            throw new LuaOperationError("table index is NaN");
        }
        table.rawSet(k, value);
    }
}
