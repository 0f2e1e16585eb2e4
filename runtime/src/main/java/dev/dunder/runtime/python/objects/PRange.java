package dev.dunder.runtime.python.objects;

/** {@code range(start, stop, step)} with long bounds. */
public final class PRange extends PyObject {
    private final long start;
    private final long stop;
    private final long step;

    public PRange(long start, long stop, long step) {
        super(PyTypes.RANGE.getInstanceShape());
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long getStart() {
        return start;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long i) {
        return start + i * step;
    }
}
