package dev.dunder.runtime.lua.teaching;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.IndexResolution;
import dev.dunder.runtime.lua.model.LuaCalls;
import dev.dunder.runtime.lua.model.LuaIndex;
import dev.dunder.runtime.lua.model.LuaMetatables;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/**
 * {@code require("_dunder").explain_text(obj, "name", "label")} and the REPL's
 * {@code :explain obj.name} / {@code :explain obj:name}: the steps of
 * {@link IndexResolution} (Lua's index loop, read out), then the value the lookup comes
 * to — calling an {@code __index} function once when the chain ends in one, as the real
 * lookup would.
 */
public final class LuaExplanation {
    /** A loop through {@code __index} tables is shown by its first steps only. */
    private static final int MAX_STEPS = 24;

    private LuaExplanation() {
    }

    @TruffleBoundary
    public static String explain(Object obj, Object key, String label) {
        ValueNames names = new ValueNames(obj, label);
        IndexResolution r = IndexResolution.explained(obj, key, names);
        List<String> lines = new ArrayList<>();
        String keyText = key instanceof String s ? LuaStrings.toJava(s) : LuaMetatables.rawToString(key);
        lines.add("lookup of " + label + (key instanceof String ? "." + keyText : "[" + keyText + "]") + ":");
        List<String> steps = r.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (i == MAX_STEPS - 1 && steps.size() > MAX_STEPS) {
                lines.add("  ... " + (steps.size() - MAX_STEPS) + " more steps through the same tables ...");
                i = steps.size() - 1;
            }
            lines.add("  " + steps.get(i));
        }
        lines.add("  → " + outcome(obj, r, key, names));
        return LuaStrings.fromJava(String.join("\n", lines) + "\n");
    }

    private static String outcome(Object obj, IndexResolution r, Object key, ValueNames names) {
        switch (r.kind()) {
            case VALUE -> {
                Object v = r.value();
                String where = names.apply(r.target());
                String found = v instanceof LuaFunction && key instanceof String k && !where.startsWith("table: ") && r.target() != obj
                                ? " (" + where + "." + LuaStrings.toJava(k) + ")" : "";
                return show(v, names) + found + (v instanceof LuaFunction ? "   (called as a method, obj:name(...), it receives obj as self)" : "");
            }
            case NIL -> {
                return "nil";
            }
            case HANDLER -> {
                try {
                    Object v = LuaCalls.first(LuaCalls.call(r.value(), r.target(), key));
                    return "__index(" + names.apply(r.target()) + ", " + (key instanceof String s ? "'" + LuaStrings.toJava(s) + "'" : LuaMetatables.rawToString(key))
                                    + ") returned " + show(v, names);
                } catch (LuaError e) {
                    return "__index raised an error: " + e.getMessage();
                }
            }
            case FOREIGN -> {
                try {
                    return show(LuaIndex.index(r.target(), key), names);
                } catch (LuaError | LuaTypeError | LuaOperationError e) {
                    return "error: " + e.getMessage();
                }
            }
            case NOT_INDEXABLE -> {
                return "error: attempt to index a " + dev.dunder.runtime.lua.LuaValues.typeName(r.value()) + " value";
            }
            default -> {
                return "error: '__index' chain too long; possible loop";
            }
        }
    }

    private static String show(Object v, ValueNames names) {
        if (v == LuaNil.NIL) {
            return "nil";
        }
        if (v instanceof LuaTable || v instanceof LuaFunction) {
            String n = names.apply(v);
            String raw = LuaMetatables.rawToString(v);
            return n.equals(raw) ? raw : raw + " (" + n + ")";
        }
        return names.apply(v);
    }

    /** {@code :chain obj}: the tables a lookup on obj goes through, by raw reads of each metatable's {@code __index}. */
    @TruffleBoundary
    public static String chain(Object obj, String label) {
        ValueNames names = new ValueNames(obj, label);
        StringBuilder sb = new StringBuilder(names.apply(obj)).append('\n');
        Object t = obj;
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (true) {
            if (dev.dunder.runtime.lua.LuaValues.isForeign(t)) {
                sb.append("  a foreign object: its own language's lookup answers\n");
                break;
            }
            LuaTable mt = LuaMetatables.metatableOf(t);
            if (mt == null) {
                sb.append("  ").append(names.apply(t)).append(" has no metatable: the chain ends\n");
                break;
            }
            Object h = mt.rawGetStr("__index");
            if (h == LuaNil.NIL) {
                sb.append("  getmetatable(").append(names.apply(t)).append(") has no __index: the chain ends\n");
                break;
            }
            if (!(h instanceof LuaTable)) {
                sb.append("  getmetatable(").append(names.apply(t)).append(").__index is a ").append(dev.dunder.runtime.lua.LuaValues.typeName(h))
                                .append(": it decides every missing key\n");
                break;
            }
            sb.append("  → getmetatable(").append(names.apply(t)).append(").__index = ").append(names.apply(h)).append('\n');
            if (!seen.add(h)) {
                sb.append("  ").append(names.apply(h)).append(" was already searched: the chain is a loop\n");
                break;
            }
            t = h;
        }
        return LuaStrings.fromJava(sb.toString());
    }
}
