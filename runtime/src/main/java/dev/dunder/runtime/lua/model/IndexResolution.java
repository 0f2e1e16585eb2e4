package dev.dunder.runtime.lua.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;

/**
 * {@code obj[key]} step by step, in the essay's words: the same loop as
 * {@link LuaIndex#index} (lvm.c's luaV_finishget), written to be read and to say what it
 * does, and stopping before anything would run code. Its outcome is what the lookup
 * comes to: a value found by a raw read, nil, a call of an {@code __index} function (with
 * the table it receives), a foreign object asked through interop, or an error.
 *
 * <p>{@code :explain} prints the steps; the lookup verifier
 * ({@code --dunder-lua.VerifyLookups=true}) compares the outcome with what the cached
 * index nodes decided, on every index operation of the corpus.
 */
public final class IndexResolution {
    /** What the lookup comes to. */
    public enum Kind {
        /** A raw read found the value (in the receiver, or in an {@code __index} table). */
        VALUE,
        /** No metatable or no {@code __index} where the key was missing: nil. */
        NIL,
        /** An {@code __index} function is called as {@code h(target, key)}. */
        HANDLER,
        /** A foreign object (another language's, or the host's) answers through interop. */
        FOREIGN,
        /** A value that cannot be indexed: "attempt to index a ... value". */
        NOT_INDEXABLE,
        /** More than Lua's loop limit of {@code __index} tables: "'__index' chain too long; possible loop". */
        LOOP
    }

    private final Kind kind;
    /** The value found (VALUE), the handler (HANDLER), or the value that cannot be indexed. */
    private final Object value;
    /** The table (or value) the handler is called with, or the foreign object. */
    private final Object target;
    private final List<String> steps;

    private IndexResolution(Kind kind, Object value, Object target, List<String> steps) {
        this.kind = kind;
        this.value = value;
        this.target = target;
        this.steps = steps;
    }

    public Kind kind() {
        return kind;
    }

    public Object value() {
        return value;
    }

    public Object target() {
        return target;
    }

    /** The steps in words (empty when resolved without them, for the verifier). */
    public List<String> steps() {
        return steps;
    }

    /** The outcome only, without words (the verifier's question). */
    @TruffleBoundary
    public static IndexResolution of(Object obj, Object key) {
        return resolve(obj, key, null);
    }

    /** The outcome and every step, naming values with {@code names} (a table's label or global name). */
    @TruffleBoundary
    public static IndexResolution explained(Object obj, Object key, Function<Object, String> names) {
        return resolve(obj, key, names);
    }

    private static IndexResolution resolve(Object obj, Object key, Function<Object, String> names) {
        Steps s = new Steps(names);
        Object t = obj;
        for (int loop = 0; loop < LuaIndex.MAX_TAG_LOOP; loop++) {
            Object handler;
            final Object cur = t;
            if (t instanceof LuaTable table) {
                // step 1: the table's own entry, read raw
                Object v = LuaIndex.rawGet(table, key);
                s.add(() -> "rawget(" + s.name(cur) + ", " + s.key(key) + ") → " + s.show(v));
                if (v != LuaNil.NIL) {
                    return new IndexResolution(Kind.VALUE, v, t, s.list);
                }
                // step 2: the key is missing, so the metatable's __index event decides
                LuaTable mt = table.getMetatable();
                if (mt == null) {
                    s.add(() -> s.name(cur) + " has no metatable, so the result is nil");
                    return new IndexResolution(Kind.NIL, LuaNil.NIL, t, s.list);
                }
                handler = mt.rawGetStr("__index");
                if (handler == LuaNil.NIL) {
                    s.add(() -> "getmetatable(" + s.name(cur) + ") has no __index, so the result is nil");
                    return new IndexResolution(Kind.NIL, LuaNil.NIL, t, s.list);
                }
            } else if (LuaValues.isForeign(t)) {
                s.add(() -> s.name(cur) + " is a foreign object (userdata to Lua): it is asked for " + s.key(key)
                                + " through interop, so its own language's rules apply");
                return new IndexResolution(Kind.FOREIGN, LuaNil.NIL, t, s.list);
            } else {
                handler = LuaMetatables.metamethod(t, "__index");
                if (handler == LuaNil.NIL) {
                    s.add(() -> s.name(cur) + " is a " + LuaValues.typeName(cur) + " value with no __index metamethod: indexing it is an error");
                    return new IndexResolution(Kind.NOT_INDEXABLE, t, t == obj ? obj : LuaNil.NIL, s.list);
                }
                if (t instanceof String) {
                    s.add(() -> s.name(cur) + " is a string: every string has the string metatable, not a table of its own");
                }
            }
            Object h = handler;
            // step 3: a function handler is called with the table and the key
            if (h instanceof LuaFunction) {
                s.add(() -> "getmetatable(" + s.name(cur) + ").__index is a function: it is called as __index(" + s.name(cur) + ", " + s.key(key) + ")");
                return new IndexResolution(Kind.HANDLER, h, t, s.list);
            }
            // step 4: any other handler is indexed in turn
            s.add(() -> "getmetatable(" + s.name(cur) + ").__index is a " + LuaValues.typeName(h) + (h instanceof LuaTable ? " (" + s.name(h) + ")" : "")
                            + ", so the lookup goes on in it");
            t = h;
        }
        s.add(() -> "'__index' chain too long; possible loop");
        return new IndexResolution(Kind.LOOP, LuaNil.NIL, t, s.list);
    }

    /**
     * {@code t[key] = v}'s first decision (luaV_finishset's steps 1 and 2): whether the value
     * is written raw into {@code t} itself — the key is present, or no {@code __newindex}
     * intercepts it — rather than handed to a {@code __newindex} handler.
     */
    @TruffleBoundary
    public static boolean writesRaw(LuaTable t, Object key) {
        if (LuaIndex.rawGet(t, key) != LuaNil.NIL) {
            return true;
        }
        LuaTable mt = t.getMetatable();
        return mt == null || mt.rawGetStr("__newindex") == LuaNil.NIL;
    }

    /** The words of the steps, built only when someone will read them. */
    private static final class Steps {
        final Function<Object, String> names;
        final List<String> list = new ArrayList<>();

        Steps(Function<Object, String> names) {
            this.names = names;
        }

        void add(java.util.function.Supplier<String> step) {
            if (names != null) {
                list.add(step.get());
            }
        }

        String name(Object v) {
            return names.apply(v);
        }

        String key(Object k) {
            return k instanceof String str ? "'" + str + "'" : LuaMetatables.rawToString(k);
        }

        String show(Object v) {
            if (v instanceof String str) {
                return "\"" + str + "\"";
            }
            if (v instanceof LuaTable) {
                return "a table (" + name(v) + ")";
            }
            return LuaMetatables.rawToString(v);
        }
    }
}
