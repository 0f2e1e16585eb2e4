package dev.dunder.runtime.python.objects;

/**
 * The Java implementation of a builtin function or method. It receives the
 * arguments already bound to its {@link Signature}'s layout (a missing optional
 * argument whose default is "absent" arrives as Java null).
 */
@FunctionalInterface
public interface BuiltinBody {
    Object call(Object[] args);
}
