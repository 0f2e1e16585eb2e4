package dev.dunder.runtime.lua.teaching;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * What the teaching helpers call a value: the expression the user typed for the value
 * being explained, a global's name for tables and functions stored in globals (so a class
 * table reads as {@code Dog}), {@code string} for the string library, and the
 * address-like {@code table: 0x...} for anything else — found by raw reads only.
 */
final class ValueNames implements Function<Object, String> {
    private final Map<Object, String> names = new IdentityHashMap<>();

    ValueNames(Object root, String label) {
        LuaContext ctx = LuaContext.get();
        LuaTable stringMt = ctx.getStringMetatable();
        if (stringMt != null) {
            names.put(stringMt, "the string metatable");
        }
        addKeys(ctx.getLoaded(), "");
        addKeys(ctx.getGlobals(), "");
        if (label != null && (root instanceof LuaTable || root instanceof LuaFunction)) {
            names.put(root, label);
        }
    }

    private void addKeys(LuaTable t, String prefix) {
        if (t == null) {
            return;
        }
        for (Object[] e = t.next(LuaNil.NIL); e != null; e = t.next(e[0])) {
            if (e[0] instanceof String k && (e[1] instanceof LuaTable || e[1] instanceof LuaFunction) && !k.equals("_G")) {
                names.putIfAbsent(e[1], prefix + LuaStrings.toJava(k));
            }
        }
    }

    @Override
    public String apply(Object v) {
        String n = names.get(v);
        if (n != null) {
            return n;
        }
        if (v instanceof String s) {
            return "\"" + LuaStrings.toJava(s) + "\"";
        }
        if (LuaValues.isForeign(v)) {
            return ForeignText.describe(v);
        }
        return LuaStrings.toJava(LuaMetatables.rawToString(v));
    }
}
