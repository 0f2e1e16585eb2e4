package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaBuiltin;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaTable;

/** Fills a library table with builtins. */
final class Library {
    private final LuaContext context;
    private final LuaTable table;
    private final String prefix;

    Library(LuaContext context, LuaTable table, String prefix) {
        this.context = context;
        this.table = table;
        this.prefix = prefix;
    }

    LuaTable table() {
        return table;
    }

    LuaBuiltin add(String name, LuaBuiltin.Body body) {
        LuaBuiltin b = new LuaBuiltin(context.getLanguage(), prefix + name, body);
        table.rawSetStr(name, b);
        return b;
    }

    void set(String name, Object value) {
        table.rawSetStr(name, value);
    }
}
