package dev.dunder.runtime.js.builtins;

/** The body of a builtin function written in Java: {@code this}, the arguments, and {@code new.target} (undefined for a call). */
@FunctionalInterface
public interface Builtin {
    Object call(Object thisValue, Object[] args, Object newTarget);
}
