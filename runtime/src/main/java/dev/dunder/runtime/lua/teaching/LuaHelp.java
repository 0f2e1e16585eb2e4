package dev.dunder.runtime.lua.teaching;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.LuaBuiltin;
import dev.dunder.runtime.lua.LuaClosure;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * {@code :help}/{@code :doc} for a Lua value: Lua has no docstrings, so this says what
 * the model itself knows — the type, the table's own keys, the metatable and the events
 * it defines, and where a lookup of a missing key goes. All by raw reads.
 */
public final class LuaHelp {
    private static final int MAX_KEYS = 30;

    private LuaHelp() {
    }

    @TruffleBoundary
    public static String text(Object obj, String given) {
        ValueNames names = new ValueNames(obj, given);
        String label = given != null ? given : names.apply(obj);
        StringBuilder sb = new StringBuilder();
        sb.append(label).append(": ").append(LuaValues.typeName(obj));
        if (obj instanceof LuaTable t) {
            List<String> keys = new ArrayList<>();
            int count = 0;
            for (Object[] e = t.next(LuaNil.NIL); e != null; e = t.next(e[0])) {
                if (count++ < MAX_KEYS) {
                    keys.add(e[0] instanceof String s ? LuaStrings.toJava(s) : "[" + LuaMetatables.rawToString(e[0]) + "]");
                }
            }
            sb.append(" with ").append(count).append(count == 1 ? " key" : " keys").append(", #").append(label).append(" = ").append(t.rawLength());
            if (!keys.isEmpty()) {
                sb.append("\n  own keys: ").append(String.join(", ", keys)).append(count > MAX_KEYS ? ", ..." : "");
            }
        } else if (obj instanceof LuaClosure c) {
            sb.append(" written in Lua (").append(c.getCallTarget().getRootNode().getName()).append(")");
        } else if (obj instanceof LuaBuiltin b) {
            sb.append(" of Dunder's library (").append(b.getName()).append("), written in Java");
        } else if (obj instanceof String s) {
            sb.append(" of ").append(s.length()).append(" bytes");
        } else if (LuaValues.isForeign(obj)) {
            sb.append(" — ").append(ForeignText.describe(obj)).append(": its fields and methods are its own language's");
        }
        LuaTable mt = LuaMetatables.metatableOf(obj);
        if (mt == null) {
            sb.append("\n  no metatable: indexing a missing key gives nil, operators other than the built-in ones are errors");
        } else {
            List<String> events = new ArrayList<>();
            for (Object[] e = mt.next(LuaNil.NIL); e != null; e = mt.next(e[0])) {
                if (e[0] instanceof String k && k.startsWith("__")) {
                    events.add(LuaStrings.toJava(k) + " (" + describe(e[1], names) + ")");
                }
            }
            sb.append("\n  metatable: ").append(names.apply(mt));
            sb.append("\n  events: ").append(events.isEmpty() ? "none" : String.join(", ", events));
            Object index = mt.rawGetStr("__index");
            if (index instanceof LuaTable) {
                sb.append("\n  missing keys are looked up in ").append(names.apply(index)).append(" (:chain shows the whole chain)");
            } else if (index != LuaNil.NIL) {
                sb.append("\n  missing keys are answered by calling __index(").append(label).append(", key)");
            }
        }
        sb.append("\n  (Lua values carry no documentation strings; :explain ").append(label).append(".NAME shows how a key is found)\n");
        return LuaStrings.fromJava(sb.toString());
    }

    private static String describe(Object v, ValueNames names) {
        if (v instanceof LuaTable) {
            String n = names.apply(v);
            return n.startsWith("table: ") ? "a table" : "table " + n;
        }
        return LuaValues.typeName(v);
    }
}
