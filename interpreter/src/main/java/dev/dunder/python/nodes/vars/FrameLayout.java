package dev.dunder.python.nodes.vars;

/**
 * Fixed frame slots every Python frame has; local variables follow.
 * Slot 0 holds the globals module, slot 1 the local namespace mapping of code that
 * runs with one (class bodies, exec with separate locals; null elsewhere).
 */
public final class FrameLayout {
    public static final int GLOBALS = 0;
    public static final int NAMESPACE = 1;
    public static final int FIRST_LOCAL = 2;

    private FrameLayout() {
    }
}
