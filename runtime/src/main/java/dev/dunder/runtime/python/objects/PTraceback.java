package dev.dunder.runtime.python.objects;

/** {@code exc.__traceback__}: one frame's entry, linked to the next (inner) one. */
public final class PTraceback extends PyObject {
    private final TracebackEntry entry;
    private final Object next;

    public PTraceback(TracebackEntry entry, Object next) {
        super(PyTypes.TRACEBACK.getInstanceShape());
        this.entry = entry;
        this.next = next;
    }

    public TracebackEntry getEntry() {
        return entry;
    }

    /** {@code tb_next}: a PTraceback or None. */
    public Object getNext() {
        return next;
    }
}
