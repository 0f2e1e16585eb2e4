package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

/**
 * A builtin iterator. {@link #next()} returns the next item or null when exhausted,
 * so Java loops need no exception; the Python-visible {@code __next__} turns null into
 * StopIteration.
 */
public abstract class PIterator extends PyObject {
    protected PIterator(Shape shape) {
        super(shape);
    }

    /** The next item, or null when there are no more. */
    public abstract Object next();

    /** A hint for {@code list(it)} and friends; -1 when unknown. */
    public int lengthHint() {
        return -1;
    }
}
