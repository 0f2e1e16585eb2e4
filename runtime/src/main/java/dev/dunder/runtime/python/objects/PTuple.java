package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.object.Shape;

/** An immutable sequence. The items array is never changed after construction. */
public final class PTuple extends PyObject {
    public static final Object[] NO_ITEMS = new Object[0];

    @CompilationFinal(dimensions = 1) private final Object[] items;

    public PTuple(Object[] items) {
        super(PyTypes.TUPLE.getInstanceShape());
        this.items = items;
    }

    public PTuple(Shape shape, Object[] items) {
        super(shape);
        this.items = items;
    }

    public static PTuple of(Object... items) {
        return new PTuple(items);
    }

    public static PTuple empty() {
        return new PTuple(NO_ITEMS);
    }

    public Object[] getItems() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}
