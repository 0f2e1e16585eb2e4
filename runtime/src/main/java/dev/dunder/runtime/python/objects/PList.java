package dev.dunder.runtime.python.objects;

import java.util.Arrays;

import com.oracle.truffle.api.object.Shape;

/** A mutable sequence: an array with spare room at the end, like CPython's list. */
public final class PList extends PyObject {
    private Object[] items;
    private int size;

    public PList() {
        this(PyTypes.LIST.getInstanceShape(), PTuple.NO_ITEMS, 0);
    }

    public PList(Object[] items) {
        this(PyTypes.LIST.getInstanceShape(), items, items.length);
    }

    public PList(Shape shape, Object[] items, int size) {
        super(shape);
        this.items = items;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object value) {
        items[i] = value;
    }

    public void append(Object value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        items[size++] = value;
    }

    public void insert(int at, Object value) {
        append(value);
        System.arraycopy(items, at, items, at + 1, size - 1 - at);
        items[at] = value;
    }

    public Object removeAt(int at) {
        Object old = items[at];
        System.arraycopy(items, at + 1, items, at, size - at - 1);
        items[--size] = null;
        return old;
    }

    public void clear() {
        items = PTuple.NO_ITEMS;
        size = 0;
    }

    /** A copy of the live items (exactly {@link #size()} long). */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole contents; the list takes ownership of the array. */
    public void setItems(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    /** The backing array; only the first {@link #size()} entries are items. */
    public Object[] getArray() {
        return items;
    }
}
