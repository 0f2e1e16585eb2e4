package dev.dunder.runtime.python.objects;

import java.util.function.Supplier;

import com.oracle.truffle.api.object.Shape;

/**
 * An iterator whose steps are a Java function returning the next item or null:
 * the builtin iterator objects (map, filter, zip, enumerate, iter(f, sentinel),
 * the {@code __getitem__} fallback) are all this, with their own class.
 */
public final class PFunctionIterator extends PIterator {
    private Supplier<Object> step;

    public PFunctionIterator(Shape shape, Supplier<Object> step) {
        super(shape);
        this.step = step;
    }

    @Override
    public Object next() {
        if (step == null) {
            return null;
        }
        Object v = step.get();
        if (v == null) {
            step = null;
        }
        return v;
    }
}
