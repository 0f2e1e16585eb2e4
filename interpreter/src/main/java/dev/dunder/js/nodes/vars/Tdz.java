package dev.dunder.js.nodes.vars;

/**
 * The value of a {@code let}, {@code const} or {@code class} binding before its
 * declaration has run (the temporal dead zone); reading it is a ReferenceError.
 */
public final class Tdz {
    public static final Tdz INSTANCE = new Tdz();

    private Tdz() {
    }

    @Override
    public String toString() {
        return "<uninitialized>";
    }
}
