package dev.dunder.embedding.jsr223;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javax.script.Bindings;

import org.graalvm.polyglot.Value;

import dev.dunder.embedding.Dunder;

/**
 * The engine-scope bindings of a Dunder script engine: the script's global variables
 * themselves ({@code context.getBindings(languageId)}), not a copy. {@code put} assigns a
 * global (Java values become the language's values: an Integer an int, a host object a
 * foreign object), {@code get} reads one back as a Java value (see {@link JavaValues}).
 * The language's own entries ({@code __name__}, {@code __builtins__}, ...) are listed too,
 * but {@link #clear()} leaves them.
 */
final class GuestBindings extends AbstractMap<String, Object> implements Bindings {
    private final Dunder dunder;

    GuestBindings(Dunder dunder) {
        this.dunder = dunder;
    }

    private Value scope() {
        return dunder.context().getBindings(dunder.language().id());
    }

    private static String checkKey(Object key) {
        if (!(key instanceof String s)) {
            throw key == null ? new NullPointerException("key is null") : new ClassCastException("key is not a String");
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("key is empty");
        }
        return s;
    }

    @Override
    public Object put(String name, Object value) {
        String key = checkKey(name);
        Object old = get(key);
        scope().putMember(key, value);
        return old;
    }

    @Override
    public void putAll(Map<? extends String, ? extends Object> toMerge) {
        toMerge.forEach(this::put);
    }

    @Override
    public boolean containsKey(Object key) {
        return scope().hasMember(checkKey(key));
    }

    @Override
    public Object get(Object key) {
        return JavaValues.toJava(scope().getMember(checkKey(key)));
    }

    @Override
    public Object remove(Object key) {
        String k = checkKey(key);
        Object old = get(k);
        if (scope().hasMember(k)) {
            scope().removeMember(k);
        }
        return old;
    }

    @Override
    public void clear() {
        for (String k : scope().getMemberKeys().toArray(new String[0])) {
            if (!(k.startsWith("__") && k.endsWith("__"))) {
                scope().removeMember(k);
            }
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Set<Entry<String, Object>> entries = new LinkedHashSet<>();
        Value scope = scope();
        for (String k : scope.getMemberKeys()) {
            entries.add(new SimpleImmutableEntry<>(k, JavaValues.toJava(scope.getMember(k))));
        }
        return entries;
    }
}
