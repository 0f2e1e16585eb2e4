package dev.dunder.runtime.lua.teaching;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.common.diagram.ObjectDiagram;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * {@code draw(obj)} for Lua, as the essay draws it: the table with its own keys, an
 * arrow {@code metatable} to its metatable, an arrow {@code __index} from there to the
 * {@code __index} table, that table's metatable, and so on until a chain ends (a
 * function {@code __index} is a row of its metatable's box). Everything is read raw.
 */
public final class LuaDiagram {
    /** Rows of one box before the rest are summarised: a library table has dozens of keys. */
    private static final int MAX_ROWS = 16;
    private static final int MAX_VALUE = 40;

    private final ObjectDiagram diagram = new ObjectDiagram();
    private final Map<Object, Integer> boxes = new IdentityHashMap<>();
    private final ValueNames names;

    private LuaDiagram(ValueNames names) {
        this.names = names;
    }

    @TruffleBoundary
    public static ObjectDiagram of(Object obj, String label) {
        LuaDiagram d = new LuaDiagram(new ValueNames(obj, label));
        d.draw(obj, label);
        return d.diagram;
    }

    private void draw(Object obj, String label) {
        int first = diagram.box(label + ": " + LuaValues.typeName(obj), rowsOf(obj));
        boxes.put(obj, first);
        Object current = obj;
        int currentBox = first;
        java.util.Set<Object> followed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (followed.add(current)) {
            LuaTable mt = LuaMetatables.metatableOf(current);
            if (mt == null) {
                return;
            }
            Integer existing = boxes.get(mt);
            int mtBox = existing != null ? existing : addBox(mt, "metatable of " + names.apply(current));
            diagram.arrow(currentBox, mtBox, "metatable");
            Object h = mt.rawGetStr("__index");
            if (!(h instanceof LuaTable next) || existing != null) {
                return; // a function __index is a row of the metatable; a metatable drawn before had its arrows drawn then
            }
            Integer seen = boxes.get(next);
            int nextBox = seen != null ? seen : addBox(next, null);
            diagram.arrow(mtBox, nextBox, "__index");
            current = next;
            currentBox = nextBox;
        }
    }

    private int addBox(LuaTable t, String fallbackTitle) {
        String n = names.apply(t);
        String title = n.startsWith("table: ") && fallbackTitle != null ? fallbackTitle : n.startsWith("table: ") ? n : n + ": table";
        int id = diagram.box(title, rowsOf(t));
        boxes.put(t, id);
        return id;
    }

    private List<String> rowsOf(Object obj) {
        List<String> rows = new ArrayList<>();
        if (!(obj instanceof LuaTable t)) {
            rows.add("value: " + shorten(names.apply(obj)));
            return rows;
        }
        int count = 0;
        for (Object[] e = t.next(LuaNil.NIL); e != null; e = t.next(e[0])) {
            if (count++ < MAX_ROWS) {
                rows.add(keyText(e[0]) + " = " + shorten(valueText(e[1])));
            }
        }
        if (count > MAX_ROWS) {
            rows.add("... " + (count - MAX_ROWS) + " more keys");
        }
        if (rows.isEmpty()) {
            rows.add("(no keys of its own)");
        }
        return rows;
    }

    private static String keyText(Object k) {
        return k instanceof String s ? LuaStrings.toJava(s) : "[" + LuaMetatables.rawToString(k) + "]";
    }

    private String valueText(Object v) {
        if (v instanceof LuaFunction) {
            return "function";
        }
        if (v instanceof LuaTable) {
            String n = names.apply(v);
            return n.startsWith("table: ") ? "table" : "table " + n;
        }
        return names.apply(v);
    }

    private static String shorten(String s) {
        return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE - 3) + "..." : s;
    }
}
