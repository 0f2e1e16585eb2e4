package dev.dunder.runtime.python.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A data descriptor implemented in Java, like CPython's getset_descriptor:
 * {@code obj.__class__}, {@code obj.__dict__}, {@code func.__name__}, {@code exc.args}.
 * A null setter makes the attribute read-only.
 */
public final class PGetSetDescriptor extends PyObject {
    private final String name;
    private final PyType owner;
    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> setter;

    public PGetSetDescriptor(String name, PyType owner, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        this(PyTypes.GETSET_DESCRIPTOR, name, owner, getter, setter);
    }

    /** {@code kind} is getset_descriptor, or member_descriptor for {@code __slots__} entries. */
    public PGetSetDescriptor(PyType kind, String name, PyType owner, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        super(kind.getInstanceShape());
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    public String getName() {
        return name;
    }

    public PyType getOwner() {
        return owner;
    }

    public Object get(Object instance) {
        return getter.apply(instance);
    }

    public boolean isWritable() {
        return setter != null;
    }

    /** Sets, or deletes when {@code value} is null. */
    public void set(Object instance, Object value) {
        setter.accept(instance, value);
    }
}
