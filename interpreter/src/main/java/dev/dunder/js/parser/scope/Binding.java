package dev.dunder.js.parser.scope;

/**
 * One variable: a declared name in a scope, or one of the hidden per-function
 * values ({@code this}, {@code new.target}, the home object) that arrow functions
 * see lexically. Bindings referenced from an inner function are <em>captured</em>:
 * their frame slot holds a {@code Cell} that the closures share.
 */
public final class Binding {
    public enum Kind {
        VAR, LET, CONST, CLASS, FUNCTION, PARAM, CATCH,
        /** The name of a named function expression inside its body: read-only. */
        CALLEE,
        /** A class's own name inside its body: const. */
        CLASS_INNER,
        /** A {@code #name} of a class body: holds the PrivateName. */
        PRIVATE,
        THIS, NEW_TARGET, ARGUMENTS,
        /** The [[HomeObject]] of the enclosing method, for {@code super.x}. */
        HOME,
        /** The function object itself, for {@code super()} (its [[GetPrototypeOf]] is the parent constructor). */
        FUNC;

        /** Bindings that exist but cannot be read before their declaration runs. */
        public boolean hasTdz() {
            return this == LET || this == CONST || this == CLASS || this == CLASS_INNER;
        }

        public boolean isConst() {
            return this == CONST || this == CLASS_INNER || this == CALLEE;
        }

        public boolean isLexical() {
            return this == LET || this == CONST || this == CLASS;
        }
    }

    private final String name;
    private final Kind kind;
    private final Scope scope;
    private final int position;
    private boolean captured;
    private int slot = -1;
    /** This {@code this} binding starts uninitialized (derived constructors until super()). */
    public boolean derivedThis;
    /** A parameter of a list with defaults or patterns: in its dead zone until its turn comes. */
    public boolean parameterTdz;

    Binding(String name, Kind kind, Scope scope, int position) {
        this.name = name;
        this.kind = kind;
        this.scope = scope;
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public Scope getScope() {
        return scope;
    }

    public FunctionInfo getFunction() {
        return scope.getFunction();
    }

    public int getPosition() {
        return position;
    }

    public boolean isCaptured() {
        return captured;
    }

    void markCaptured() {
        captured = true;
    }

    public int getSlot() {
        return slot;
    }

    public void setSlot(int slot) {
        this.slot = slot;
    }

    public boolean needsTdzCheck() {
        return kind.hasTdz() || derivedThis || parameterTdz;
    }

    @Override
    public String toString() {
        return kind + " " + name + (captured ? " (captured)" : "");
    }
}
