package dev.dunder.runtime.python.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PRange;
import dev.dunder.runtime.python.objects.PSet;
import dev.dunder.runtime.python.objects.PSlice;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * {@code len()}, {@code x[i]}, {@code x[i] = v}, {@code del x[i]}, {@code in}, and the index
 * and slice arithmetic the builtin sequences share. User types go through
 * {@code __len__}, {@code __getitem__}, ... looked up on the type.
 */
public final class PySequences {
    private PySequences() {
    }

    @TruffleBoundary
    public static long len(Object o) {
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        PyType type = PyTypes.typeOf(o);
        if (type.isBuiltin()) {
            if (o instanceof PList l) {
                return l.size();
            } else if (o instanceof PTuple t) {
                return t.size();
            } else if (o instanceof PDict d) {
                return d.size();
            } else if (o instanceof PSet s) {
                return s.size();
            } else if (o instanceof PRange r && !r.isBig()) {
                return r.length();
            }
        }
        Object len = type.lookup("__len__");
        if (len == null) {
            throw PyErrors.typeError("object of type '%s' has no len()", type.getName());
        }
        return checkedLength(PyCall.callMethod(len, o));
    }

    /** Validates what {@code __len__} returned. */
    @TruffleBoundary
    public static long checkedLength(Object r) {
        if (r instanceof Long l) {
            if (l < 0) {
                throw PyErrors.valueError("__len__() should return >= 0");
            }
            return l;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw PyErrors.valueError("__len__() should return >= 0");
            }
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        Object idx = PyTypes.typeOf(r).lookup("__index__");
        if (idx != null) {
            return checkedLength(PyCall.callMethod(idx, r));
        }
        throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", PyErrors.typeName(r));
    }

    @TruffleBoundary
    public static Object getItem(Object container, Object key) {
        PyType type = PyTypes.typeOf(container);
        Object getitem = type.lookup("__getitem__");
        if (getitem != null) {
            return PyCall.callMethod(getitem, container, key);
        }
        if (container instanceof PyType cls) {
            Object classGetitem = AttributeLookupBridge.classGetItem(cls);
            if (classGetitem != null) {
                return PyCall.call(classGetitem, key);
            }
            throw PyErrors.typeError("type '%s' is not subscriptable", cls.getName());
        }
        throw PyErrors.typeError("'%s' object is not subscriptable", type.getName());
    }

    @TruffleBoundary
    public static void setItem(Object container, Object key, Object value) {
        PyType type = PyTypes.typeOf(container);
        Object setitem = type.lookup("__setitem__");
        if (setitem == null) {
            throw PyErrors.typeError("'%s' object does not support item assignment", type.getName());
        }
        PyCall.callMethod(setitem, container, key, value);
    }

    @TruffleBoundary
    public static void delItem(Object container, Object key) {
        PyType type = PyTypes.typeOf(container);
        Object delitem = type.lookup("__delitem__");
        if (delitem == null) {
            throw PyErrors.typeError("'%s' object doesn't support item deletion", type.getName());
        }
        PyCall.callMethod(delitem, container, key);
    }

    /** {@code item in container}: {@code __contains__}, else iteration with ==. */
    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s && item instanceof String sub) {
            return s.contains(sub);
        }
        PyType type = PyTypes.typeOf(container);
        Object contains = type.lookup("__contains__");
        if (contains != null) {
            return PyTruth.isTrue(PyCall.callMethod(contains, container, item));
        }
        if (type.lookup("__iter__") == null && type.lookup("__getitem__") == null) {
            throw PyErrors.typeError("argument of type '%s' is not iterable", type.getName());
        }
        Object it = PyIter.iter(container);
        Object v;
        while ((v = PyIter.next(it)) != null) {
            if (PyCompare.equalsForContainers(v, item)) {
                return true;
            }
        }
        return false;
    }

    // ---- index arithmetic ---------------------------------------------------------------------

    /**
     * An index operand as a long ({@code __index__} for user types); raises TypeError
     * naming the sequence type, like "list indices must be integers or slices, not str".
     */
    @TruffleBoundary
    public static long asIndex(Object key, String what) {
        if (key instanceof Long l) {
            return l;
        } else if (key instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (key instanceof BigInteger b) {
            throw PyErrors.format(PyTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        Object idx = PyTypes.typeOf(key).lookup("__index__");
        if (idx != null && !(key instanceof Double)) {
            Object r = PyCall.callMethod(idx, key);
            if (!PyNumbers.isInt(r)) {
                throw PyErrors.typeError("__index__ returned non-int (type %s)", PyErrors.typeName(r));
            }
            return asIndex(r, what);
        }
        if (what.equals("string")) {
            throw PyErrors.typeError("string indices must be integers, not '%s'", PyErrors.typeName(key));
        }
        throw PyErrors.typeError("%s indices must be integers or slices, not %s", what, PyErrors.typeName(key));
    }

    /** {@code operator.index(x)}: an int for use as an integer (range bounds, hex(), ...). */
    @TruffleBoundary
    public static Object index(Object key) {
        if (key instanceof Long || key instanceof BigInteger) {
            return key;
        } else if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object idx = PyTypes.typeOf(key).lookup("__index__");
        if (idx != null) {
            Object r = PyCall.callMethod(idx, key);
            if (!PyNumbers.isInt(r)) {
                throw PyErrors.typeError("__index__ returned non-int (type %s)", PyErrors.typeName(r));
            }
            return r instanceof Boolean b ? (b ? 1L : 0L) : r;
        }
        throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", PyErrors.typeName(key));
    }

    /** A long for an int that must fit (range(), repeat counts): OverflowError otherwise. */
    @TruffleBoundary
    public static long indexAsLong(Object key) {
        Object i = index(key);
        if (i instanceof Long l) {
            return l;
        }
        throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** A possibly negative index made absolute, or -1 when out of range. */
    public static long normalizeIndex(long i, long size) {
        if (i < 0) {
            i += size;
        }
        return (i < 0 || i >= size) ? -1 : i;
    }

    /** CPython's PySlice_Unpack + AdjustIndices: {start, stop, step, length}. */
    @TruffleBoundary
    public static long[] sliceIndices(PSlice slice, long length) {
        long step = slice.getStep() == PNone.NONE ? 1 : clampIndex(slice.getStep());
        if (step == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long start;
        long stop;
        if (slice.getStart() == PNone.NONE) {
            start = step < 0 ? length - 1 : 0;
        } else {
            start = clampIndex(slice.getStart());
            if (start < 0) {
                start += length;
                if (start < 0) {
                    start = step < 0 ? -1 : 0;
                }
            } else if (start >= length) {
                start = step < 0 ? length - 1 : length;
            }
        }
        if (slice.getStop() == PNone.NONE) {
            stop = step < 0 ? -1 : length;
        } else {
            stop = clampIndex(slice.getStop());
            if (stop < 0) {
                stop += length;
                if (stop < 0) {
                    stop = step < 0 ? -1 : 0;
                }
            } else if (stop >= length) {
                stop = step < 0 ? length - 1 : length;
            }
        }
        long count;
        if (step < 0) {
            count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[]{start, stop, step, count};
    }

    /** Slice bounds saturate instead of overflowing, as in CPython. */
    private static long clampIndex(Object o) {
        Object i;
        try {
            i = index(o);
        } catch (dev.dunder.runtime.python.PythonException e) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        long v = (Long) i;
        return Math.max(Long.MIN_VALUE / 2, Math.min(Long.MAX_VALUE / 2, v));
    }
}
