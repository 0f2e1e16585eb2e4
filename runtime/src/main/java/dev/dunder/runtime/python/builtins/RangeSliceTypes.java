package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PRange;
import dev.dunder.runtime.python.objects.PRangeIterator;
import dev.dunder.runtime.python.objects.PSlice;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyCompare;
import dev.dunder.runtime.python.ops.PyNumbers;
import dev.dunder.runtime.python.ops.PySequences;
import dev.dunder.runtime.python.ops.PyStr;

/** {@code range}, {@code slice}, and the singletons' types (NoneType, NotImplementedType, ellipsis). */
final class RangeSliceTypes {
    private RangeSliceTypes() {
    }

    static void install() {
        PyType r = PyTypes.RANGE;
        r.setAcceptsSubclasses(false);
        constructor(r, "cls, start, stop=?, step=?, /", a -> {
            long start = 0;
            long stop;
            long step = 1;
            if (a[2] == null) {
                stop = PySequences.indexAsLong(a[1]);
            } else {
                start = PySequences.indexAsLong(a[1]);
                stop = PySequences.indexAsLong(a[2]);
                if (a[3] != null) {
                    step = PySequences.indexAsLong(a[3]);
                    if (step == 0) {
                        throw PyErrors.valueError("range() arg 3 must not be zero");
                    }
                }
            }
            return new PRange(start, stop, step);
        });
        method(r, "__len__", "self, /", a -> ((PRange) a[0]).length());
        method(r, "__iter__", "self, /", a -> {
            PRange self = (PRange) a[0];
            return new PRangeIterator(self.getStart(), self.length(), self.getStep());
        });
        method(r, "__reversed__", "self, /", a -> {
            PRange self = (PRange) a[0];
            long n = self.length();
            return new PRangeIterator(self.getStart() + (n - 1) * self.getStep(), n, -self.getStep());
        });
        method(r, "__getitem__", "self, key, /", a -> {
            PRange self = (PRange) a[0];
            if (a[1] instanceof PSlice slice) {
                long[] idx = PySequences.sliceIndices(slice, self.length());
                long start = self.get(idx[0]);
                long step = self.getStep() * idx[2];
                return new PRange(start, start + idx[3] * step, step);
            }
            long i = PySequences.normalizeIndex(PySequences.asIndex(a[1], "range"), self.length());
            if (i < 0) {
                throw PyErrors.indexError("range object index out of range");
            }
            return self.get(i);
        });
        method(r, "__contains__", "self, key, /", a -> indexIn((PRange) a[0], a[1]) >= 0);
        method(r, "index", "self, value, /", a -> {
            long i = indexIn((PRange) a[0], a[1]);
            if (i < 0) {
                throw PyErrors.valueError("%s is not in range", PyStr.repr(a[1]));
            }
            return i;
        });
        method(r, "count", "self, value, /", a -> indexIn((PRange) a[0], a[1]) >= 0 ? 1L : 0L);
        method(r, "__repr__", "self, /", a -> {
            PRange self = (PRange) a[0];
            return "range(" + self.getStart() + ", " + self.getStop() + (self.getStep() == 1 ? "" : ", " + self.getStep()) + ")";
        });
        method(r, "__eq__", "self, other, /", a -> a[1] instanceof PRange o ? (Object) rangeEquals((PRange) a[0], o) : PNotImplemented.INSTANCE);
        method(r, "__ne__", "self, other, /", a -> a[1] instanceof PRange o ? (Object) !rangeEquals((PRange) a[0], o) : PNotImplemented.INSTANCE);
        method(r, "__hash__", "self, /", a -> {
            PRange self = (PRange) a[0];
            long n = self.length();
            return dev.dunder.runtime.python.ops.PyHash.hashTuple(PTuple.of(n, n == 0 ? PNone.NONE : (Object) self.getStart(), n <= 1 ? PNone.NONE : (Object) self.getStep()));
        });
        getter(r, "start", o -> ((PRange) o).getStart());
        getter(r, "stop", o -> ((PRange) o).getStop());
        getter(r, "step", o -> ((PRange) o).getStep());

        PyType s = PyTypes.SLICE;
        s.setAcceptsSubclasses(false);
        constructor(s, "cls, start, stop=?, step=None, /", a -> a[2] == null ? new PSlice(PNone.NONE, a[1], PNone.NONE) : new PSlice(a[1], a[2], a[3]));
        getter(s, "start", o -> ((PSlice) o).getStart());
        getter(s, "stop", o -> ((PSlice) o).getStop());
        getter(s, "step", o -> ((PSlice) o).getStep());
        method(s, "__repr__", "self, /", a -> {
            PSlice self = (PSlice) a[0];
            return "slice(" + PyStr.repr(self.getStart()) + ", " + PyStr.repr(self.getStop()) + ", " + PyStr.repr(self.getStep()) + ")";
        });
        method(s, "indices", "self, length, /", a -> {
            long[] idx = PySequences.sliceIndices((PSlice) a[0], Convert.longValue(a[1]));
            return PTuple.of(idx[0], idx[1], idx[2]);
        });
        method(s, "__eq__", "self, other, /", a -> {
            if (!(a[1] instanceof PSlice o)) {
                return PNotImplemented.INSTANCE;
            }
            PSlice self = (PSlice) a[0];
            return PyCompare.equalsForContainers(PTuple.of(self.getStart(), self.getStop(), self.getStep()), PTuple.of(o.getStart(), o.getStop(), o.getStep()));
        });
        s.define("__hash__", PNone.NONE);

        PyType none = PyTypes.NONETYPE;
        none.setAcceptsSubclasses(false);
        constructor(none, "cls, /", a -> PNone.NONE);
        method(none, "__repr__", "self, /", a -> "None");
        method(none, "__bool__", "self, /", a -> false);
        method(none, "__hash__", "self, /", a -> 0xFCA86420L);
        PyType ni = PyTypes.NOTIMPLEMENTEDTYPE;
        ni.setAcceptsSubclasses(false);
        constructor(ni, "cls, /", a -> PNotImplemented.INSTANCE);
        method(ni, "__repr__", "self, /", a -> "NotImplemented");
        PyType el = PyTypes.ELLIPSISTYPE;
        el.setAcceptsSubclasses(false);
        constructor(el, "cls, /", a -> dev.dunder.runtime.python.objects.PEllipsis.INSTANCE);
        method(el, "__repr__", "self, /", a -> "Ellipsis");
    }

    private static boolean rangeEquals(PRange a, PRange b) {
        long n = a.length();
        if (n != b.length()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        if (a.getStart() != b.getStart()) {
            return false;
        }
        return n == 1 || a.getStep() == b.getStep();
    }

    private static long indexIn(PRange r, Object value) {
        Object v = Convert.unbox(value);
        if (!(v instanceof Long) && !(v instanceof Boolean)) {
            if (!(v instanceof java.math.BigInteger)) {
                long i = 0;
                for (long k = 0; k < r.length(); k++, i++) {
                    if (PyCompare.equalsForContainers(r.get(k), value)) {
                        return i;
                    }
                }
            }
            return -1;
        }
        long x = PyNumbers.asLong(v);
        long step = r.getStep();
        long diff = x - r.getStart();
        if (step > 0 ? (x < r.getStart() || x >= r.getStop()) : (x > r.getStart() || x <= r.getStop())) {
            return -1;
        }
        if (diff % step != 0) {
            return -1;
        }
        return diff / step;
    }
}
