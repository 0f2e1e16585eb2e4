package dev.dunder.js.parser.scope;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lexical environment of the program text: a function's top scope, a block, a
 * class body, a loop head, a catch clause. Scopes belong to a function (the
 * one whose frame holds their variables).
 */
public final class Scope {
    public enum Kind {
        FUNCTION, BLOCK, CLASS
    }

    private final Kind kind;
    private final Scope parent;
    private final FunctionInfo function;
    private final Map<String, Binding> bindings = new LinkedHashMap<>();

    Scope(Kind kind, Scope parent, FunctionInfo function) {
        this.kind = kind;
        this.parent = parent;
        this.function = function;
    }

    public Kind getKind() {
        return kind;
    }

    public Scope getParent() {
        return parent;
    }

    public FunctionInfo getFunction() {
        return function;
    }

    public Map<String, Binding> getBindings() {
        return bindings;
    }

    public Binding lookupLocal(String name) {
        return bindings.get(name);
    }

    Binding declare(String name, Binding.Kind kind, int position) {
        Binding b = new Binding(name, kind, this, position);
        bindings.put(name, b);
        function.addBinding(b);
        return b;
    }
}
