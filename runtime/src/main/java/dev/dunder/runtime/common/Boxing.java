package dev.dunder.runtime.common;

/**
 * Boxes a Python/Lua/JS integer for the generic (Object) paths of the nodes.
 *
 * <p>Why not {@code Long.valueOf}: measured on Truffle 25.0.1 with the jar-based Graal
 * compiler, a {@code Long.valueOf} box in partially evaluated code is not removed by
 * escape analysis (its small-value cache makes the result a merge of a cached and a
 * fresh object), so every loop iteration allocated one box per integer
 * (24 bytes/op for {@code for i in range(n): pass}). A plain allocation is virtual and
 * disappears when the value is unboxed again in the same compilation unit; Python
 * integers are compared by value, never by identity of the box, so the cache is not
 * needed for correctness.
 */
public final class Boxing {
    private Boxing() {
    }

    @SuppressWarnings({"removal", "deprecation"})
    public static Object box(long value) {
        return new Long(value);
    }
}
