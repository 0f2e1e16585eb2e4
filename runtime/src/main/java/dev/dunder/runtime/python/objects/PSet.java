package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

/** A set or frozenset (which one is told by the class's layout). */
public final class PSet extends PyObject {
    private final SetTable table;

    public PSet(Shape shape, SetTable table) {
        super(shape);
        this.table = table;
    }

    public static PSet newSet() {
        return new PSet(PyTypes.SET.getInstanceShape(), new SetTable());
    }

    public static PSet newFrozenSet(SetTable table) {
        return new PSet(PyTypes.FROZENSET.getInstanceShape(), table);
    }

    public SetTable getTable() {
        return table;
    }

    public boolean isFrozen() {
        return getPyClass().getLayout() == Layout.FROZENSET;
    }

    public int size() {
        return table.size();
    }
}
