package dev.dunder.runtime.python.objects;

/** Iterates a range without boxing more than the current value. */
public final class PRangeIterator extends PIterator {
    private long next;
    private long remaining;
    private final long step;

    public PRangeIterator(long start, long length, long step) {
        super(PyTypes.RANGE_ITERATOR.getInstanceShape());
        this.next = start;
        this.remaining = length;
        this.step = step;
    }

    public boolean hasNext() {
        return remaining > 0;
    }

    /** Caller checked {@link #hasNext()}. */
    public long nextLong() {
        long v = next;
        next += step;
        remaining--;
        return v;
    }

    @Override
    public Object next() {
        if (remaining <= 0) {
            return null;
        }
        return nextLong();
    }

    @Override
    public int lengthHint() {
        return (int) Math.min(remaining, Integer.MAX_VALUE);
    }
}
