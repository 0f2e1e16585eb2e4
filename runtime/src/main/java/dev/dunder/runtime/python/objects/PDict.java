package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

/**
 * A Python dict (or an instance of a dict subclass). The entries live in a
 * {@link DictStorage}; an instance's {@code __dict__} is a PDict whose storage is the
 * instance's own attributes.
 */
public final class PDict extends PyObject {
    private DictStorage storage;

    public PDict() {
        this(PyTypes.DICT.getInstanceShape(), new HashDictStorage());
    }

    public PDict(DictStorage storage) {
        this(PyTypes.DICT.getInstanceShape(), storage);
    }

    public PDict(Shape shape, DictStorage storage) {
        super(shape);
        this.storage = storage;
    }

    public DictStorage getStorage() {
        return storage;
    }

    public void setStorage(DictStorage storage) {
        this.storage = storage;
    }

    /** The value for {@code key} or null. */
    public Object getItem(Object key) {
        return storage.get(key);
    }

    public void setItem(Object key, Object value) {
        storage.put(key, value);
    }

    /** Removes {@code key}; returns the old value or null. */
    public Object removeItem(Object key) {
        return storage.remove(key);
    }

    public int size() {
        return storage.size();
    }
}
