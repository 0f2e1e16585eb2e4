package dev.dunder.runtime.lua.teaching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * Tab completion for the REPL by Lua's own rules, without running any code: a name
 * completes against the keywords and the global table's keys; after {@code .} or
 * {@code :}, the value before it is found by raw reads (each step a raw read, then the
 * {@code __index} chain while it is made of tables), and its candidates are its own
 * string keys plus those of every {@code __index} table on its chain. An {@code __index}
 * function or any other metamethod is never called.
 */
public final class LuaCompletion {
    private static final Set<String> KEYWORDS = Set.of("and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
                    "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while");
    /** How many {@code __index} tables a completion follows (a loop stops at a table seen before anyway). */
    private static final int MAX_CHAIN = 100;

    private LuaCompletion() {
    }

    /** Completions of the name at the end of {@code text} (e.g. "mydog:ba" → "mydog:bark", "mydog:barks"). */
    @TruffleBoundary
    public static List<String> candidates(String text) {
        int start = text.length();
        while (start > 0 && (isNameChar(text.charAt(start - 1)) || text.charAt(start - 1) == '.' || text.charAt(start - 1) == ':')) {
            start--;
        }
        String word = text.substring(start);
        int sep = Math.max(word.lastIndexOf('.'), word.lastIndexOf(':'));
        List<String> out = new ArrayList<>();
        LuaTable globals = LuaContext.get().getGlobals();
        if (sep < 0) {
            Set<String> names = new TreeSet<>(KEYWORDS);
            names.addAll(keysOf(globals));
            for (String n : names) {
                if (n.startsWith(word)) {
                    out.add(n);
                }
            }
            return out;
        }
        String path = word.substring(0, sep);
        if (path.indexOf(':') >= 0) {
            return out; // a method call's result is only known by calling it
        }
        Object obj = globals;
        for (String part : path.split("\\.", -1)) {
            obj = rawLookup(obj, part);
            if (obj == LuaNil.NIL) {
                return out;
            }
        }
        String partial = word.substring(sep + 1);
        String prefix = word.substring(0, sep + 1);
        for (String n : keysOf(obj)) {
            if (n.startsWith(partial)) {
                out.add(prefix + n);
            }
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** {@code obj.name} by raw reads: the table itself, then the {@code __index} tables of its chain. */
    private static Object rawLookup(Object obj, String name) {
        if (name.isEmpty()) {
            return LuaNil.NIL;
        }
        String key = LuaStrings.fromJava(name);
        for (Object t : chain(obj)) {
            if (t instanceof LuaTable table) {
                Object v = table.rawGetStr(key);
                if (v != LuaNil.NIL) {
                    return v;
                }
            }
        }
        return LuaNil.NIL;
    }

    /** The value and the {@code __index} tables its lookups go through, in order, each once. */
    private static List<Object> chain(Object obj) {
        List<Object> out = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Object t = obj;
        for (int i = 0; i < MAX_CHAIN && t != null && seen.add(t); i++) {
            out.add(t);
            LuaTable mt = LuaMetatables.metatableOf(t);
            Object h = mt == null ? LuaNil.NIL : mt.rawGetStr("__index");
            t = h instanceof LuaTable ? h : null;
        }
        return out;
    }

    /** The identifier-like string keys of a value and of its chain's tables, sorted. */
    static Set<String> keysOf(Object obj) {
        Set<String> names = new TreeSet<>();
        for (Object t : chain(obj)) {
            if (t instanceof LuaTable table) {
                for (Object[] e = table.next(LuaNil.NIL); e != null; e = table.next(e[0])) {
                    if (e[0] instanceof String k && isIdentifier(k)) {
                        names.add(k);
                    }
                }
            }
        }
        return names;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0)) || KEYWORDS.contains(s)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || (c < 128 && Character.isLetterOrDigit(c)))) {
                return false;
            }
        }
        return true;
    }
}
