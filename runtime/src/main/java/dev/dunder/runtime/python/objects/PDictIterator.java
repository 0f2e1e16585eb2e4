package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.python.PyErrors;

/** Iterates a dict's keys, values or (key, value) items; changing the dict's size meanwhile is a RuntimeError. */
public final class PDictIterator extends PIterator {
    public enum Kind {
        KEYS,
        VALUES,
        ITEMS
    }

    private final DictStorage storage;
    private final Kind kind;
    private final int size;
    private int position = -2;

    public PDictIterator(Shape shape, DictStorage storage, Kind kind) {
        super(shape);
        this.storage = storage;
        this.kind = kind;
        this.size = storage.size();
    }

    @Override
    public Object next() {
        if (position == -1) {
            return null;
        }
        if (storage.size() != size) {
            position = -1;
            throw PyErrors.runtimeError("dictionary changed size during iteration");
        }
        position = position == -2 ? storage.firstIndex() : storage.nextIndex(position);
        if (position < 0) {
            position = -1;
            return null;
        }
        switch (kind) {
            case KEYS:
                return storage.keyAt(position);
            case VALUES:
                return storage.valueAt(position);
            default:
                return PTuple.of(storage.keyAt(position), storage.valueAt(position));
        }
    }
}
