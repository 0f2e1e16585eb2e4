package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.method;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PDictView;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PSet;
import dev.dunder.runtime.python.objects.PSetIterator;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.objects.SetTable;
import dev.dunder.runtime.python.ops.BuiltinCompare;
import dev.dunder.runtime.python.ops.PyCompare;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * {@code set} and {@code frozenset}. The binary operations build their results in
 * the same order CPython's setobject.c does, so printed sets match.
 */
final class SetType {
    enum Op {
        AND,
        OR,
        SUB,
        XOR
    }

    private SetType() {
    }

    static PSet st(Object o) {
        return (PSet) o;
    }

    static void install() {
        for (PyType t : new PyType[]{PyTypes.SET, PyTypes.FROZENSET}) {
            boolean frozen = t == PyTypes.FROZENSET;
            if (frozen) {
                constructor(t, "cls, iterable=?, /", a -> {
                    PSet s = new PSet(((PyType) a[0]).getInstanceShape(), new SetTable());
                    if (a[1] != null) {
                        fill(s.getTable(), a[1]);
                    }
                    return s;
                });
                method(t, "__hash__", "self, /", a -> frozenHash(st(a[0])));
            } else {
                constructor(t, "cls, *args, **kwargs", a -> new PSet(((PyType) a[0]).getInstanceShape(), new SetTable()));
                method(t, "__init__", "self, iterable=?, /", a -> {
                    st(a[0]).getTable().clear();
                    if (a[1] != null) {
                        fill(st(a[0]).getTable(), a[1]);
                    }
                    return PNone.NONE;
                });
                t.define("__hash__", PNone.NONE);
                installMutators(t);
            }
            method(t, "__len__", "self, /", a -> (long) st(a[0]).size());
            method(t, "__contains__", "self, key, /", a -> contains(st(a[0]), a[1]));
            method(t, "__iter__", "self, /", a -> new PSetIterator(st(a[0]).getTable()));
            method(t, "__repr__", "self, /", a -> PyStr.reprSet(st(a[0])));
            binaryOp(t, "__and__", Op.AND, false);
            binaryOp(t, "__or__", Op.OR, false);
            binaryOp(t, "__sub__", Op.SUB, false);
            binaryOp(t, "__xor__", Op.XOR, false);
            binaryOp(t, "__rand__", Op.AND, true);
            binaryOp(t, "__ror__", Op.OR, true);
            binaryOp(t, "__rsub__", Op.SUB, true);
            binaryOp(t, "__rxor__", Op.XOR, true);
            for (PyCompare.Op op : PyCompare.Op.values()) {
                method(t, "__" + op.name().toLowerCase() + "__", "self, other, /", a -> compare(st(a[0]), a[1], op));
            }
            method(t, "union", "self, /, *others", a -> many(st(a[0]), (PTuple) a[1], Op.OR));
            method(t, "intersection", "self, /, *others", a -> many(st(a[0]), (PTuple) a[1], Op.AND));
            method(t, "difference", "self, /, *others", a -> many(st(a[0]), (PTuple) a[1], Op.SUB));
            method(t, "symmetric_difference", "self, other, /", a -> binary(st(a[0]), setOf(a[1]), Op.XOR));
            method(t, "issubset", "self, other, /", a -> BuiltinCompare.isSubset(st(a[0]), setOf(a[1])));
            method(t, "issuperset", "self, other, /", a -> BuiltinCompare.isSubset(setOf(a[1]), st(a[0])));
            method(t, "isdisjoint", "self, other, /", a -> binary(st(a[0]), setOf(a[1]), Op.AND).size() == 0);
            method(t, "copy", "self, /", a -> frozen && st(a[0]).getPyClass() == PyTypes.FROZENSET ? a[0] : withTable(st(a[0]), st(a[0]).getTable().copy()));
        }
    }

    private static void installMutators(PyType t) {
        method(t, "add", "self, elem, /", a -> {
            st(a[0]).getTable().add(a[1]);
            return PNone.NONE;
        });
        method(t, "remove", "self, elem, /", a -> {
            if (!st(a[0]).getTable().discard(a[1])) {
                throw PyErrors.keyError(a[1]);
            }
            return PNone.NONE;
        });
        method(t, "discard", "self, elem, /", a -> {
            st(a[0]).getTable().discard(a[1]);
            return PNone.NONE;
        });
        method(t, "pop", "self, /", a -> {
            if (st(a[0]).size() == 0) {
                throw PyErrors.raise(PyTypes.KEY_ERROR, "pop from an empty set");
            }
            return st(a[0]).getTable().pop();
        });
        method(t, "clear", "self, /", a -> {
            st(a[0]).getTable().clear();
            return PNone.NONE;
        });
        method(t, "update", "self, /, *others", a -> {
            for (Object o : ((PTuple) a[1]).getItems()) {
                fill(st(a[0]).getTable(), o);
            }
            return PNone.NONE;
        });
        inPlace(t, "intersection_update", Op.AND);
        inPlace(t, "difference_update", Op.SUB);
        inPlace(t, "symmetric_difference_update", Op.XOR);
        for (String[] op : new String[][]{{"__iand__", "AND"}, {"__ior__", "OR"}, {"__isub__", "SUB"}, {"__ixor__", "XOR"}}) {
            Op o = Op.valueOf(op[1]);
            method(t, op[0], "self, other, /", a -> {
                if (!(a[1] instanceof PSet other)) {
                    return PNotImplemented.INSTANCE;
                }
                replaceContents(st(a[0]), binary(st(a[0]), other, o));
                return a[0];
            });
        }
    }

    private static void inPlace(PyType t, String name, Op op) {
        method(t, name, "self, /, *others", a -> {
            PSet self = st(a[0]);
            for (Object o : ((PTuple) a[1]).getItems()) {
                replaceContents(self, binary(self, setOf(o), op));
            }
            return PNone.NONE;
        });
    }

    private static void replaceContents(PSet self, PSet result) {
        self.getTable().clear();
        self.getTable().merge(result.getTable());
    }

    private static void binaryOp(PyType t, String name, Op op, boolean reflected) {
        method(t, name, "self, other, /", a -> {
            PSet other;
            if (a[1] instanceof PSet s) {
                other = s;
            } else if (a[1] instanceof PDictView v && v.getPyClass() != PyTypes.DICT_VALUES) {
                other = setOf(a[1]);
            } else {
                return PNotImplemented.INSTANCE;
            }
            return reflected ? binary(other, st(a[0]), op) : binary(st(a[0]), other, op);
        });
    }

    static boolean contains(PSet s, Object key) {
        if (key instanceof PSet inner && !inner.isFrozen()) {
            key = PSet.newFrozenSet(inner.getTable().copy());
        }
        return s.getTable().contains(key);
    }

    static void fill(SetTable table, Object iterable) {
        if (iterable instanceof PSet other) {
            table.merge(other.getTable());
            return;
        }
        if (iterable instanceof PDict d && d.getPyClass() == PyTypes.DICT) {
            var s = d.getStorage();
            for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
                table.add(s.keyAt(i));
            }
            return;
        }
        Object it = PyIter.iter(iterable);
        Object v;
        while ((v = PyIter.next(it)) != null) {
            table.add(v);
        }
    }

    /** Any iterable as a set (plain set for views and iterables). */
    static PSet setOf(Object o) {
        if (o instanceof PSet s) {
            return s;
        }
        PSet s = PSet.newSet();
        fill(s.getTable(), o);
        return s;
    }

    private static PSet withTable(PSet like, SetTable table) {
        PyType t = like.getPyClass() == PyTypes.FROZENSET || like.getPyClass().isSubtypeOf(PyTypes.FROZENSET) ? PyTypes.FROZENSET : PyTypes.SET;
        return new PSet(t.getInstanceShape(), table);
    }

    private static PSet many(PSet self, PTuple others, Op op) {
        PSet result = withTable(self, self.getTable().copy());
        for (Object o : others.getItems()) {
            result = binary(result, setOf(o), op);
        }
        return result;
    }

    /** The four set algebra operations, result of the left operand's kind. */
    static PSet binary(PSet a, PSet b, Op op) {
        SetTable r;
        switch (op) {
            case OR -> {
                r = a.getTable().copy();
                r.merge(b.getTable());
            }
            case AND -> {
                PSet small = b.size() > a.size() ? a : b;
                PSet large = small == a ? b : a;
                r = new SetTable();
                SetTable st = small.getTable();
                for (int i = st.nextIndex(-1); i >= 0; i = st.nextIndex(i)) {
                    if (large.getTable().contains(st.keyAt(i))) {
                        r.add(st.keyAt(i));
                    }
                }
            }
            case SUB -> {
                if ((a.size() >> 2) > b.size()) {
                    r = a.getTable().copy();
                    SetTable bt = b.getTable();
                    for (int i = bt.nextIndex(-1); i >= 0; i = bt.nextIndex(i)) {
                        r.discard(bt.keyAt(i));
                    }
                } else {
                    r = new SetTable();
                    SetTable at = a.getTable();
                    for (int i = at.nextIndex(-1); i >= 0; i = at.nextIndex(i)) {
                        if (!b.getTable().contains(at.keyAt(i))) {
                            r.add(at.keyAt(i));
                        }
                    }
                }
            }
            default -> {
                r = b.getTable().copy();
                SetTable at = a.getTable();
                for (int i = at.nextIndex(-1); i >= 0; i = at.nextIndex(i)) {
                    Object k = at.keyAt(i);
                    if (!r.discard(k)) {
                        r.add(k);
                    }
                }
            }
        }
        return withTable(a, r);
    }

    static Object compare(PSet a, Object otherObj, PyCompare.Op op) {
        PSet b;
        if (otherObj instanceof PSet s) {
            b = s;
        } else if (otherObj instanceof PDictView v && v.getPyClass() != PyTypes.DICT_VALUES) {
            b = setOf(otherObj);
        } else {
            return PNotImplemented.INSTANCE;
        }
        return switch (op) {
            case EQ -> a.size() == b.size() && BuiltinCompare.isSubset(a, b);
            case NE -> !(a.size() == b.size() && BuiltinCompare.isSubset(a, b));
            case LE -> BuiltinCompare.isSubset(a, b);
            case LT -> a.size() < b.size() && BuiltinCompare.isSubset(a, b);
            case GE -> BuiltinCompare.isSubset(b, a);
            default -> a.size() > b.size() && BuiltinCompare.isSubset(b, a);
        };
    }

    /** CPython's frozenset hash: order independent. */
    private static long frozenHash(PSet s) {
        long hash = 0;
        SetTable t = s.getTable();
        for (int i = t.nextIndex(-1); i >= 0; i = t.nextIndex(i)) {
            long h = t.hashAt(i);
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= ((long) s.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }
}
