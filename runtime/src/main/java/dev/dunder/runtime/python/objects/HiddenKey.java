package dev.dunder.runtime.python.objects;

/**
 * A shape property key that is not a Python attribute name: it never shows in
 * {@code __dict__}. Builtin classes use them for per-instance state such as
 * {@code StopIteration.value} or a slot's value.
 */
public final class HiddenKey {
    private final String name;

    public HiddenKey(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "<hidden " + name + ">";
    }
}
