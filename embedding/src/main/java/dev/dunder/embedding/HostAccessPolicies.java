package dev.dunder.embedding;

import java.lang.reflect.Method;

import org.graalvm.polyglot.HostAccess;

/**
 * Host access policies that open exactly what an embedder means to share.
 *
 * <p>{@link #interfaces} lets scripts call the methods declared by the given interfaces (and
 * their super-interfaces) on any object implementing them, and nothing else: not the
 * implementing class's other public methods, not {@code getClass()}, no fields. This is the
 * usual shape of a safe scripting API — the embedder writes an interface such as
 * {@code Order { double total(); String country(); }} and passes objects implementing it.
 * Java arrays, lists, maps and iterables those methods return can be used as the
 * language's own sequences and mappings (indexing, {@code len}, iteration).
 */
public final class HostAccessPolicies {
    private HostAccessPolicies() {
    }

    public static HostAccess interfaces(Class<?>... interfaces) {
        HostAccess.Builder builder = HostAccess.newBuilder().allowAccessInheritance(true)
                        .allowArrayAccess(true).allowListAccess(true).allowMapAccess(true)
                        .allowIterableAccess(true).allowIteratorAccess(true);
        for (Class<?> type : interfaces) {
            if (!type.isInterface()) {
                throw new IllegalArgumentException(type.getName() + " is not an interface");
            }
            for (Method m : type.getMethods()) {
                builder.allowAccess(m);
            }
        }
        return builder.build();
    }
}
