package dev.dunder.js.parser.scope;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.dunder.js.parser.ast.FunctionNode;

/**
 * What the scope analysis learned about one function (or the script): every
 * binding its frame holds, and the outer bindings it captures, in the order of its
 * closure's captures array.
 */
public final class FunctionInfo {
    private final FunctionNode node;
    private final FunctionInfo parent;
    private final List<Binding> bindings = new ArrayList<>();
    private final List<Binding> free = new ArrayList<>();
    private final Map<Binding, Integer> freeIndex = new IdentityHashMap<>();
    private Scope scope;
    /** The function mentions {@code arguments} (itself or in its arrow functions). */
    boolean usesArguments;

    FunctionInfo(FunctionNode node, FunctionInfo parent) {
        this.node = node;
        this.parent = parent;
    }

    /** The function, or null for the script. */
    public FunctionNode getNode() {
        return node;
    }

    public FunctionInfo getParent() {
        return parent;
    }

    public Scope getScope() {
        return scope;
    }

    void setScope(Scope scope) {
        this.scope = scope;
    }

    void addBinding(Binding b) {
        bindings.add(b);
    }

    public List<Binding> getBindings() {
        return bindings;
    }

    /** Index of an outer binding in this function's captures array, adding it if new. */
    int capture(Binding b) {
        Integer i = freeIndex.get(b);
        if (i == null) {
            i = free.size();
            free.add(b);
            freeIndex.put(b, i);
        }
        return i;
    }

    public List<Binding> getFreeBindings() {
        return free;
    }

    /** Where a binding of an enclosing function is in this function's captures, or -1. */
    public int freeIndexOf(Binding b) {
        Integer i = freeIndex.get(b);
        return i == null ? -1 : i;
    }

    public boolean usesArguments() {
        return usesArguments;
    }

    public boolean isArrow() {
        return node != null && node.kind.isArrow();
    }
}
