package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;

/** A raw write of a constant string key into a fresh table (a constructor's {@code name = value}). */
public abstract class RawFieldPutNode extends Node {
    protected final String name;

    protected RawFieldPutNode(String name) {
        this.name = name;
    }

    public abstract void execute(LuaTable table, Object value);

    @Specialization(limit = "3")
    protected void put(LuaTable table, Object value, @CachedLibrary("table") DynamicObjectLibrary lib) {
        if (value == LuaNil.NIL) {
            lib.putIfPresent(table, name, LuaNil.NIL);
            return;
        }
        lib.put(table, name, value);
    }
}
