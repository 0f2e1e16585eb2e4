package dev.dunder.runtime.js.objects;

/**
 * The value slot of an accessor property: its getter and setter functions
 * ({@link Undefined#INSTANCE} when absent). Stored as the property's value, with
 * {@link PropertyFlags#ACCESSOR} in the property's flags.
 */
public final class Accessor {
    private final Object getter;
    private final Object setter;

    public Accessor(Object getter, Object setter) {
        this.getter = getter;
        this.setter = setter;
    }

    public Object getGetter() {
        return getter;
    }

    public Object getSetter() {
        return setter;
    }

    public boolean hasGetter() {
        return getter != Undefined.INSTANCE;
    }

    public boolean hasSetter() {
        return setter != Undefined.INSTANCE;
    }
}
