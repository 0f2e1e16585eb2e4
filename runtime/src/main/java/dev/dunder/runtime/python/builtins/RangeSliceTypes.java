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
            Object start = 0L;
            Object stop;
            Object step = 1L;
            if (a[2] == null) {
                stop = PySequences.index(a[1]);
            } else {
                start = PySequences.index(a[1]);
                stop = PySequences.index(a[2]);
                if (a[3] != null) {
                    step = PySequences.index(a[3]);
                    if (PyNumbers.toBig(step).signum() == 0) {
                        throw PyErrors.valueError("range() arg 3 must not be zero");
                    }
                }
            }
            if (start instanceof Long s0 && stop instanceof Long s1 && step instanceof Long s2 && fitsLength(s0, s1, s2)) {
                return new PRange(s0, s1, s2);
            }
            return new PRange(PyNumbers.toBig(start), PyNumbers.toBig(stop), PyNumbers.toBig(step));
        });
        method(r, "__len__", "self, /", a -> {
            PRange self = (PRange) a[0];
            if (!self.isBig()) {
                return self.length();
            }
            java.math.BigInteger n = self.bigLength();
            if (n.bitLength() > 63) {
                throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
            }
            return n.longValue();
        });
        method(r, "__iter__", "self, /", a -> {
            PRange self = (PRange) a[0];
            if (self.isBig()) {
                return bigIterator(self.bigStart(), self.bigLength(), self.bigStep());
            }
            return new PRangeIterator(self.getStart(), self.length(), self.getStep());
        });
        method(r, "__reversed__", "self, /", a -> {
            PRange self = (PRange) a[0];
            if (self.isBig()) {
                java.math.BigInteger n = self.bigLength();
                return bigIterator(self.bigGet(n.subtract(java.math.BigInteger.ONE)), n, self.bigStep().negate());
            }
            long n = self.length();
            return new PRangeIterator(self.getStart() + (n - 1) * self.getStep(), n, -self.getStep());
        });
        method(r, "__getitem__", "self, key, /", a -> {
            PRange self = (PRange) a[0];
            if (a[1] instanceof PSlice slice) {
                if (self.isBig()) {
                    throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
                }
                long[] idx = PySequences.sliceIndices(slice, self.length());
                long start = self.get(idx[0]);
                long step = self.getStep() * idx[2];
                return new PRange(start, start + idx[3] * step, step);
            }
            if (self.isBig()) {
                java.math.BigInteger i = PyNumbers.toBig(PySequences.index(a[1]));
                java.math.BigInteger n = self.bigLength();
                if (i.signum() < 0) {
                    i = i.add(n);
                }
                if (i.signum() < 0 || i.compareTo(n) >= 0) {
                    throw PyErrors.indexError("range object index out of range");
                }
                return PyNumbers.normalize(self.bigGet(i));
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
            java.math.BigInteger step = self.bigStep();
            return "range(" + self.bigStart() + ", " + self.bigStop() + (step.equals(java.math.BigInteger.ONE) ? "" : ", " + step) + ")";
        });
        method(r, "__eq__", "self, other, /", a -> a[1] instanceof PRange o ? (Object) rangeEquals((PRange) a[0], o) : PNotImplemented.INSTANCE);
        method(r, "__ne__", "self, other, /", a -> a[1] instanceof PRange o ? (Object) !rangeEquals((PRange) a[0], o) : PNotImplemented.INSTANCE);
        method(r, "__hash__", "self, /", a -> {
            PRange self = (PRange) a[0];
            long n = self.length();
            return dev.dunder.runtime.python.ops.PyHash.hashTuple(PTuple.of(n, n == 0 ? PNone.NONE : (Object) self.getStart(), n <= 1 ? PNone.NONE : (Object) self.getStep()));
        });
        getter(r, "start", o -> PyNumbers.normalize(((PRange) o).bigStart()));
        getter(r, "stop", o -> PyNumbers.normalize(((PRange) o).bigStop()));
        getter(r, "step", o -> PyNumbers.normalize(((PRange) o).bigStep()));

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

    private static boolean fitsLength(long start, long stop, long step) {
        try {
            Math.subtractExact(stop, start);
            Math.subtractExact(start, stop);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static Object bigIterator(java.math.BigInteger start, java.math.BigInteger length, java.math.BigInteger step) {
        java.math.BigInteger[] state = {start, length};
        return new dev.dunder.runtime.python.objects.PFunctionIterator(PyTypes.RANGE_ITERATOR.getInstanceShape(), () -> {
            if (state[1].signum() <= 0) {
                return null;
            }
            java.math.BigInteger v = state[0];
            state[0] = v.add(step);
            state[1] = state[1].subtract(java.math.BigInteger.ONE);
            return PyNumbers.normalize(v);
        });
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
        if (r.isBig()) {
            if (!PyNumbers.isInt(v)) {
                return -1;
            }
            java.math.BigInteger x = PyNumbers.toBig(v);
            java.math.BigInteger diff = x.subtract(r.bigStart());
            java.math.BigInteger[] qr = diff.divideAndRemainder(r.bigStep());
            if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(r.bigLength()) >= 0) {
                return -1;
            }
            return qr[0].bitLength() > 62 ? Long.MAX_VALUE : qr[0].longValue();
        }
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
