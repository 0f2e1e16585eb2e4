package dev.dunder.runtime.python.objects;

/** {@code slice(start, stop, step)}: any of the three may be None. */
public final class PSlice extends PyObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(Object start, Object stop, Object step) {
        super(PyTypes.SLICE.getInstanceShape());
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }
}
