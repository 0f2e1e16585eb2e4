package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.method;

import java.util.Arrays;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PSequenceIterator;
import dev.dunder.runtime.python.objects.PSlice;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.BuiltinCompare;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyCompare;
import dev.dunder.runtime.python.ops.PyCompare.Op;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PySequences;
import dev.dunder.runtime.python.ops.PyStr;

/** {@code list} and {@code tuple}. */
final class ListType {
    private ListType() {
    }

    static PList l(Object o) {
        return (PList) o;
    }

    static void install() {
        installList();
        installTuple();
    }

    static void installList() {
        PyType t = PyTypes.LIST;
        constructor(t, "cls, *args, **kwargs", a -> new PList(((PyType) a[0]).getInstanceShape(), PTuple.NO_ITEMS, 0));
        method(t, "__init__", "self, iterable=?, /", a -> {
            PList self = l(a[0]);
            self.clear();
            if (a[1] != null) {
                for (Object v : PyIter.toArray(a[1])) {
                    self.append(v);
                }
            }
            return PNone.NONE;
        });
        method(t, "__len__", "self, /", a -> (long) l(a[0]).size());
        method(t, "__getitem__", "self, key, /", a -> getItem(l(a[0]), a[1]));
        method(t, "__setitem__", "self, key, value, /", a -> {
            setItem(l(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        method(t, "__delitem__", "self, key, /", a -> {
            delItem(l(a[0]), a[1]);
            return PNone.NONE;
        });
        method(t, "__contains__", "self, key, /", a -> indexOf(l(a[0]).toArray(), a[1], 0, Long.MAX_VALUE) >= 0);
        method(t, "__iter__", "self, /", a -> new PSequenceIterator(PyTypes.LIST_ITERATOR.getInstanceShape(), a[0], false));
        method(t, "__reversed__", "self, /", a -> new PSequenceIterator(PyTypes.LIST_REVERSEITERATOR.getInstanceShape(), a[0], true));
        method(t, "__add__", "self, other, /", a -> {
            if (!(a[1] instanceof PList other)) {
                throw PyErrors.typeError("can only concatenate list (not \"%s\") to list", PyErrors.typeName(a[1]));
            }
            return new PList(concat(l(a[0]).toArray(), other.toArray()));
        });
        method(t, "__iadd__", "self, other, /", a -> {
            for (Object v : PyIter.toArray(a[1])) {
                l(a[0]).append(v);
            }
            return a[0];
        });
        method(t, "__mul__", "self, n, /", a -> canRepeat(a[1]) ? new PList(repeat(l(a[0]).toArray(), a[1])) : PNotImplemented.INSTANCE);
        method(t, "__rmul__", "self, n, /", a -> canRepeat(a[1]) ? new PList(repeat(l(a[0]).toArray(), a[1])) : PNotImplemented.INSTANCE);
        method(t, "__imul__", "self, n, /", a -> {
            Object[] r = repeat(l(a[0]).toArray(), a[1]);
            l(a[0]).setItems(r, r.length);
            return a[0];
        });
        comparisons(t, PList.class);
        t.define("__hash__", PNone.NONE);
        method(t, "__repr__", "self, /", a -> PyStr.reprList(l(a[0])));
        method(t, "append", "self, object, /", a -> {
            l(a[0]).append(a[1]);
            return PNone.NONE;
        });
        method(t, "extend", "self, iterable, /", a -> {
            for (Object v : PyIter.toArray(a[1])) {
                l(a[0]).append(v);
            }
            return PNone.NONE;
        });
        method(t, "insert", "self, index, object, /", a -> {
            PList self = l(a[0]);
            long i = Convert.longValue(a[1]);
            if (i < 0) {
                i = Math.max(0, i + self.size());
            }
            self.insert((int) Math.min(i, self.size()), a[2]);
            return PNone.NONE;
        });
        method(t, "pop", "self, index=-1, /", a -> {
            PList self = l(a[0]);
            if (self.size() == 0) {
                throw PyErrors.indexError("pop from empty list");
            }
            long i = PySequences.normalizeIndex(Convert.longValue(a[1]), self.size());
            if (i < 0) {
                throw PyErrors.indexError("pop index out of range");
            }
            return self.removeAt((int) i);
        });
        method(t, "remove", "self, value, /", a -> {
            PList self = l(a[0]);
            long i = indexOf(self.toArray(), a[1], 0, Long.MAX_VALUE);
            if (i < 0) {
                throw PyErrors.valueError("list.remove(x): x not in list");
            }
            self.removeAt((int) i);
            return PNone.NONE;
        });
        method(t, "index", "self, value, start=0, stop=9223372036854775807, /", a -> {
            Object[] items = l(a[0]).toArray();
            long i = indexOf(items, a[1], bound(a[2], items.length), bound(a[3], items.length));
            if (i < 0) {
                throw PyErrors.valueError("%s is not in list", PyStr.repr(a[1]));
            }
            return i;
        });
        method(t, "count", "self, value, /", a -> count(l(a[0]).toArray(), a[1]));
        method(t, "reverse", "self, /", a -> {
            PList self = l(a[0]);
            Object[] items = self.toArray();
            for (int i = 0; i < items.length / 2; i++) {
                Object tmp = items[i];
                items[i] = items[items.length - 1 - i];
                items[items.length - 1 - i] = tmp;
            }
            self.setItems(items, items.length);
            return PNone.NONE;
        });
        method(t, "sort", "self, /, *, key=None, reverse=False", a -> {
            Sorting.sortList(l(a[0]), a[1], dev.dunder.runtime.python.ops.PyTruth.isTrue(a[2]));
            return PNone.NONE;
        });
        method(t, "copy", "self, /", a -> new PList(l(a[0]).toArray()));
        method(t, "clear", "self, /", a -> {
            l(a[0]).clear();
            return PNone.NONE;
        });
    }

    private static long bound(Object o, int len) {
        long i = Convert.longValue(o);
        if (i < 0) {
            i = Math.max(0, i + len);
        }
        return i;
    }

    static long indexOf(Object[] items, Object value, long start, long stop) {
        for (long i = start; i < Math.min(stop, items.length); i++) {
            if (PyCompare.equalsForContainers(items[(int) i], value)) {
                return i;
            }
        }
        return -1;
    }

    static long count(Object[] items, Object value) {
        long n = 0;
        for (Object v : items) {
            if (PyCompare.equalsForContainers(v, value)) {
                n++;
            }
        }
        return n;
    }

    static Object[] concat(Object[] a, Object[] b) {
        Object[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Sequences repeat by ints and anything with {@code __index__}; otherwise the other operand may handle it. */
    static boolean canRepeat(Object n) {
        return Convert.isInt(n) || (!(n instanceof Double) && PyTypes.typeOf(n).lookup("__index__") != null);
    }

    static Object[] repeat(Object[] items, Object n) {
        long count = Convert.longValue(n);
        if (count <= 0 || items.length == 0) {
            return PTuple.NO_ITEMS;
        }
        if (items.length * count > Integer.MAX_VALUE - 16) {
            throw PyErrors.raise(PyTypes.OVERFLOW_ERROR, "cannot fit repeated sequence in memory");
        }
        Object[] r = new Object[(int) (items.length * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(items, 0, r, i * items.length, items.length);
        }
        return r;
    }

    private static void comparisons(PyType t, Class<?> cls) {
        for (Op op : Op.values()) {
            method(t, "__" + op.name().toLowerCase() + "__", "self, other, /", a -> {
                if (!cls.isInstance(a[1])) {
                    return PNotImplemented.INSTANCE;
                }
                return BuiltinCompare.compareSequences(items(a[0]), items(a[1]), op);
            });
        }
    }

    static Object[] items(Object o) {
        return o instanceof PList l ? l.toArray() : ((PTuple) o).getItems();
    }

    static Object getItem(PList list, Object key) {
        if (key instanceof PSlice slice) {
            return new PList(sliceOf(list.toArray(), slice));
        }
        long i = PySequences.normalizeIndex(PySequences.asIndex(key, "list"), list.size());
        if (i < 0) {
            throw PyErrors.indexError("list index out of range");
        }
        return list.get((int) i);
    }

    static Object[] sliceOf(Object[] items, PSlice slice) {
        long[] idx = PySequences.sliceIndices(slice, items.length);
        Object[] r = new Object[(int) idx[3]];
        for (int k = 0; k < r.length; k++) {
            r[k] = items[(int) (idx[0] + k * idx[2])];
        }
        return r;
    }

    static void setItem(PList list, Object key, Object value) {
        if (key instanceof PSlice slice) {
            Object[] items = list.toArray();
            long[] idx = PySequences.sliceIndices(slice, items.length);
            if (PyTypes.typeOf(value).lookup("__iter__") == null && PyTypes.typeOf(value).lookup("__getitem__") == null) {
                throw PyErrors.typeError("can only assign an iterable");
            }
            Object[] values = PyIter.toArray(value);
            if (idx[2] == 1) {
                long start = idx[0];
                long stop = Math.max(start, idx[1]);
                Object[] r = new Object[(int) (items.length - (stop - start) + values.length)];
                System.arraycopy(items, 0, r, 0, (int) start);
                System.arraycopy(values, 0, r, (int) start, values.length);
                System.arraycopy(items, (int) stop, r, (int) start + values.length, (int) (items.length - stop));
                list.setItems(r, r.length);
                return;
            }
            if (values.length != idx[3]) {
                throw PyErrors.valueError("attempt to assign sequence of size %d to extended slice of size %d", values.length, idx[3]);
            }
            for (int k = 0; k < values.length; k++) {
                items[(int) (idx[0] + k * idx[2])] = values[k];
            }
            list.setItems(items, items.length);
            return;
        }
        long i = PySequences.normalizeIndex(PySequences.asIndex(key, "list"), list.size());
        if (i < 0) {
            throw PyErrors.indexError("list assignment index out of range");
        }
        list.set((int) i, value);
    }

    static void delItem(PList list, Object key) {
        if (key instanceof PSlice slice) {
            Object[] items = list.toArray();
            long[] idx = PySequences.sliceIndices(slice, items.length);
            boolean[] drop = new boolean[items.length];
            for (long k = 0; k < idx[3]; k++) {
                drop[(int) (idx[0] + k * idx[2])] = true;
            }
            Object[] r = new Object[items.length - (int) idx[3]];
            int j = 0;
            for (int i = 0; i < items.length; i++) {
                if (!drop[i]) {
                    r[j++] = items[i];
                }
            }
            list.setItems(r, r.length);
            return;
        }
        long i = PySequences.normalizeIndex(PySequences.asIndex(key, "list"), list.size());
        if (i < 0) {
            throw PyErrors.indexError("list assignment index out of range");
        }
        list.removeAt((int) i);
    }

    // ---- tuple -----------------------------------------------------------------------------

    static void installTuple() {
        PyType t = PyTypes.TUPLE;
        constructor(t, "cls, iterable=?, /", a -> {
            Object[] items = a[1] == null ? PTuple.NO_ITEMS : PyIter.toArray(a[1]);
            PyType cls = (PyType) a[0];
            if (cls == PyTypes.TUPLE && a[1] instanceof PTuple already && already.getPyClass() == PyTypes.TUPLE) {
                return already;
            }
            return new PTuple(cls.getInstanceShape(), items.clone());
        });
        method(t, "__len__", "self, /", a -> (long) ((PTuple) a[0]).size());
        method(t, "__getitem__", "self, key, /", a -> {
            PTuple self = (PTuple) a[0];
            if (a[1] instanceof PSlice slice) {
                return new PTuple(sliceOf(self.getItems(), slice));
            }
            long i = PySequences.normalizeIndex(PySequences.asIndex(a[1], "tuple"), self.size());
            if (i < 0) {
                throw PyErrors.indexError("tuple index out of range");
            }
            return self.get((int) i);
        });
        method(t, "__contains__", "self, key, /", a -> indexOf(((PTuple) a[0]).getItems(), a[1], 0, Long.MAX_VALUE) >= 0);
        method(t, "__iter__", "self, /", a -> new PSequenceIterator(PyTypes.TUPLE_ITERATOR.getInstanceShape(), a[0], false));
        method(t, "__add__", "self, other, /", a -> {
            if (!(a[1] instanceof PTuple other)) {
                throw PyErrors.typeError("can only concatenate tuple (not \"%s\") to tuple", PyErrors.typeName(a[1]));
            }
            return new PTuple(concat(((PTuple) a[0]).getItems(), other.getItems()));
        });
        method(t, "__mul__", "self, n, /", a -> canRepeat(a[1]) ? new PTuple(repeat(((PTuple) a[0]).getItems(), a[1])) : PNotImplemented.INSTANCE);
        method(t, "__rmul__", "self, n, /", a -> canRepeat(a[1]) ? new PTuple(repeat(((PTuple) a[0]).getItems(), a[1])) : PNotImplemented.INSTANCE);
        comparisons(t, PTuple.class);
        method(t, "__hash__", "self, /", a -> dev.dunder.runtime.python.ops.PyHash.hashTuple((PTuple) a[0]));
        method(t, "__repr__", "self, /", a -> PyStr.reprTuple((PTuple) a[0]));
        method(t, "__getnewargs__", "self, /", a -> PTuple.of(new PTuple(((PTuple) a[0]).getItems())));
        method(t, "index", "self, value, start=0, stop=9223372036854775807, /", a -> {
            Object[] items = ((PTuple) a[0]).getItems();
            long i = indexOf(items, a[1], bound(a[2], items.length), bound(a[3], items.length));
            if (i < 0) {
                throw PyErrors.valueError("tuple.index(x): x not in tuple");
            }
            return i;
        });
        method(t, "count", "self, value, /", a -> count(((PTuple) a[0]).getItems(), a[1]));
    }
}
