package dev.dunder.runtime.js.objects;

/**
 * A Private Name (ECMA-262 §6.2.12): the key of a {@code #x} field, method or accessor.
 * Each evaluation of a class body creates new ones, so two classes' {@code #x} never
 * collide; they are property keys that no reflection API ever lists.
 */
public final class PrivateName {
    private final String description;
    /** For private methods and accessors: they are installed read-only (writes throw). */
    private final boolean isMethod;
    private final boolean isAccessor;
    /** The class that declares it, for "Receiver must be an instance of class X". */
    private final String className;

    public PrivateName(String description, boolean isMethod, boolean isAccessor, String className) {
        this.description = description;
        this.isMethod = isMethod;
        this.isAccessor = isAccessor;
        this.className = className;
    }

    public String getClassName() {
        return className;
    }

    /** The name with its '#', as error messages print it. */
    public String getDescription() {
        return description;
    }

    public boolean isMethod() {
        return isMethod;
    }

    public boolean isAccessor() {
        return isAccessor;
    }

    @Override
    public String toString() {
        return description;
    }
}
