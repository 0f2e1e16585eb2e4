package dev.dunder.lua.nodes.table;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;

/**
 * What {@code t.name = v} does for tables of one shape (luaV_finishset's steps): a raw
 * write when the key is present, or when no metatable on the way has a
 * {@code __newindex}; otherwise the reference path. Valid while the metatable is unchanged.
 */
record StorePlan(Kind kind, Assumption[] assumptions, boolean watched) {
    enum Kind {
        /** The key is a property: write it (unless its value is a cleared nil). */
        EXISTING,
        /** The key is absent and nothing intercepts the write: add the property. */
        ADD,
        /** Anything else: the reference path. */
        GENERIC
    }

    @TruffleBoundary
    static StorePlan forShape(Shape shape, String name) {
        boolean watched = (shape.getFlags() & LuaTable.WATCHED) != 0;
        if ((shape.getFlags() & LuaTable.DICTIONARY) != 0) {
            return new StorePlan(Kind.GENERIC, new Assumption[0], watched);
        }
        if (shape.hasProperty(name)) {
            return new StorePlan(Kind.EXISTING, new Assumption[0], watched);
        }
        Object mt = shape.getDynamicType();
        if (mt == LuaTable.NO_METATABLE) {
            return new StorePlan(Kind.ADD, new Assumption[0], watched);
        }
        LuaTable metatable = (LuaTable) mt;
        metatable.watch();
        List<Assumption> deps = new ArrayList<>();
        deps.add(metatable.getStableAssumption());
        if (metatable.rawGetStr("__newindex") == LuaNil.NIL) {
            return new StorePlan(Kind.ADD, deps.toArray(new Assumption[0]), watched);
        }
        return new StorePlan(Kind.GENERIC, new Assumption[0], watched);
    }
}
