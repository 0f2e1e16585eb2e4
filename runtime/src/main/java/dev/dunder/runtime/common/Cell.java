package dev.dunder.runtime.common;

/**
 * A variable shared between a function and the closures created inside it:
 * Python's cell, Lua's upvalue, a captured JavaScript binding. The frame slot of
 * a captured variable holds the Cell, and each closure keeps a reference to it,
 * so a write from either side is seen by both.
 */
public final class Cell {
    /** Marks a cell whose variable has not been assigned yet (or was deleted). */
    public static final Object EMPTY = new Object() {
        @Override
        public String toString() {
            return "<empty cell>";
        }
    };

    private Object value;

    public Cell() {
        this.value = EMPTY;
    }

    public Cell(Object value) {
        this.value = value;
    }

    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }

    public boolean isEmpty() {
        return value == EMPTY;
    }

    public void clear() {
        value = EMPTY;
    }
}
