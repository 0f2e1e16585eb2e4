package dev.dunder.runtime.python.objects;

import dev.dunder.runtime.python.PyErrors;

/** Iterates a set in table order; changing its size meanwhile is a RuntimeError. */
public final class PSetIterator extends PIterator {
    private final SetTable table;
    private final int size;
    private int position = -1;
    private boolean done;

    public PSetIterator(SetTable table) {
        super(PyTypes.SET_ITERATOR.getInstanceShape());
        this.table = table;
        this.size = table.size();
    }

    @Override
    public Object next() {
        if (done) {
            return null;
        }
        if (table.size() != size) {
            done = true;
            throw PyErrors.runtimeError("Set changed size during iteration");
        }
        position = table.nextIndex(position);
        if (position < 0) {
            done = true;
            return null;
        }
        return table.keyAt(position);
    }
}
