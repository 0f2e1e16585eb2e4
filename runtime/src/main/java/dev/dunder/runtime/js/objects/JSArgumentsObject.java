package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.common.Cell;

/**
 * An arguments object (§10.4.4): the arguments as index properties, a non-enumerable
 * {@code length}, the builtin tag "Arguments". In sloppy functions with simple
 * parameters it is <em>mapped</em>: {@code arguments[i]} and the i-th parameter are
 * the same variable (the parameter's Cell), until the index is deleted or redefined.
 */
public final class JSArgumentsObject extends JSObject {
    /** The parameters' cells by index (null entries and a null array: not mapped). */
    private final Cell[] mapped;

    public JSArgumentsObject(Shape shape, Cell[] mapped) {
        super(shape);
        this.mapped = mapped;
    }

    @Override
    public String getBuiltinTag() {
        return "Arguments";
    }

    @Override
    public boolean hasExoticProperties() {
        return mapped != null;
    }

    private Cell cellFor(Object key) {
        if (mapped == null) {
            return null;
        }
        long i = ArrayIndex.of(key);
        return i >= 0 && i < mapped.length ? mapped[(int) i] : null;
    }

    private void unmap(Object key) {
        mapped[(int) ArrayIndex.of(key)] = null;
    }

    @Override
    @TruffleBoundary
    public PropertyDescriptor getOwnProperty(Object key) {
        PropertyDescriptor d = super.getOwnProperty(key);
        Cell c = cellFor(key);
        if (d != null && c != null) {
            d.value = c.get();
        }
        return d;
    }

    @Override
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        Cell c = cellFor(key);
        boolean ok = super.defineOwnProperty(key, desc);
        if (ok && c != null) {
            if (desc.isAccessorDescriptor()) {
                unmap(key);
            } else {
                if (desc.hasValue) {
                    c.set(desc.value);
                }
                if (desc.hasWritable && !desc.writable) {
                    unmap(key);
                }
            }
        }
        return ok;
    }

    @Override
    @TruffleBoundary
    public Object get(Object key, Object receiver) {
        Cell c = cellFor(key);
        if (c != null && super.getOwnProperty(key) != null) {
            return c.get();
        }
        return super.get(key, receiver);
    }

    @Override
    @TruffleBoundary
    public boolean set(Object key, Object value, Object receiver) {
        Cell c = cellFor(key);
        boolean ok = super.set(key, value, receiver);
        if (ok && c != null && receiver == this) {
            c.set(value);
        }
        return ok;
    }

    @Override
    @TruffleBoundary
    public boolean delete(Object key) {
        boolean ok = super.delete(key);
        if (ok && cellFor(key) != null) {
            unmap(key);
        }
        return ok;
    }
}
