package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a user subclass of int, float or str: the builtin value plus an
 * instance dict. Builtin methods unwrap it, so {@code MyInt(5) + 1} runs int's own
 * {@code __add__} on 5.
 */
public final class PBoxed extends PyObject {
    private final Object value;

    public PBoxed(Shape shape, Object value) {
        super(shape);
        this.value = value;
    }

    /** The builtin value: a Long/BigInteger, Double or String. */
    public Object getValue() {
        return value;
    }
}
