package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PFunctionIterator;
import dev.dunder.runtime.python.objects.PGenerator;
import dev.dunder.runtime.python.objects.PIterator;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PSequenceIterator;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PySequences;
import dev.dunder.runtime.python.ops.PyStr;
import dev.dunder.runtime.python.ops.PyTruth;

/** The builtin iterator classes, generators, and the iterator-making builtins map/filter/zip/enumerate/reversed. */
final class IteratorTypes {
    private IteratorTypes() {
    }

    static void install() {
        PyType[] iterators = {PyTypes.ITERATOR, PyTypes.LIST_ITERATOR, PyTypes.LIST_REVERSEITERATOR, PyTypes.TUPLE_ITERATOR,
            PyTypes.STR_ITERATOR, PyTypes.RANGE_ITERATOR, PyTypes.SET_ITERATOR, PyTypes.DICT_KEYITERATOR, PyTypes.DICT_VALUEITERATOR,
            PyTypes.DICT_ITEMITERATOR, PyTypes.CALLABLE_ITERATOR, PyTypes.ENUMERATE, PyTypes.ZIP, PyTypes.MAP, PyTypes.FILTER,
            PyTypes.REVERSED, PyTypes.GENERATOR};
        for (PyType t : iterators) {
            method(t, "__iter__", "self, /", a -> a[0]);
            method(t, "__next__", "self, /", a -> {
                Object v = ((PIterator) a[0]).next();
                if (v == null) {
                    if (a[0] instanceof PGenerator g) {
                        throw stopWith(g.getReturnValue());
                    }
                    throw PyErrors.stopIteration();
                }
                return v;
            });
            method(t, "__length_hint__", "self, /", a -> (long) Math.max(0, ((PIterator) a[0]).lengthHint()));
        }
        constructor(PyTypes.ENUMERATE, "cls, iterable, start=0", a -> {
            Object it = PyIter.iter(a[1]);
            Object[] counter = {dev.dunder.runtime.python.ops.Convert.integer(a[2])};
            return new PFunctionIterator(((PyType) a[0]).getInstanceShape(), () -> {
                Object v = PyIter.next(it);
                if (v == null) {
                    return null;
                }
                Object i = counter[0];
                counter[0] = dev.dunder.runtime.python.ops.PyNumbers.add(i, 1L);
                return PTuple.of(i, v);
            });
        });
        constructor(PyTypes.ZIP, "cls, *iterables, strict=False", a -> {
            Object[] its = ((PTuple) a[1]).getItems().clone();
            boolean strict = PyTruth.isTrue(a[2]);
            for (int i = 0; i < its.length; i++) {
                its[i] = PyIter.iter(its[i]);
            }
            return new PFunctionIterator(((PyType) a[0]).getInstanceShape(), () -> {
                if (its.length == 0) {
                    return null;
                }
                Object[] row = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    Object v = PyIter.next(its[i]);
                    if (v == null) {
                        if (strict) {
                            if (i > 0) {
                                throw PyErrors.valueError("zip() argument %d is shorter than argument%s%s", i + 1, i == 1 ? " " : "s 1-", i == 1 ? "1" : Integer.toString(i));
                            }
                            for (int j = 1; j < its.length; j++) {
                                if (PyIter.next(its[j]) != null) {
                                    throw PyErrors.valueError("zip() argument %d is longer than argument%s%s", j + 1, j == 1 ? " " : "s 1-", j == 1 ? "1" : Integer.toString(j));
                                }
                            }
                        }
                        return null;
                    }
                    row[i] = v;
                }
                return new PTuple(row);
            });
        });
        constructor(PyTypes.MAP, "cls, function, iterable, /, *iterables", a -> {
            Object[] rest = ((PTuple) a[3]).getItems();
            Object[] its = new Object[rest.length + 1];
            its[0] = PyIter.iter(a[2]);
            for (int i = 0; i < rest.length; i++) {
                its[i + 1] = PyIter.iter(rest[i]);
            }
            Object fn = a[1];
            return new PFunctionIterator(((PyType) a[0]).getInstanceShape(), () -> {
                Object[] args = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    Object v = PyIter.next(its[i]);
                    if (v == null) {
                        return null;
                    }
                    args[i] = v;
                }
                return PyCall.call(fn, args);
            });
        });
        constructor(PyTypes.FILTER, "cls, function, iterable, /", a -> {
            Object it = PyIter.iter(a[2]);
            Object fn = a[1];
            return new PFunctionIterator(((PyType) a[0]).getInstanceShape(), () -> {
                Object v;
                while ((v = PyIter.next(it)) != null) {
                    if (PyTruth.isTrue(fn == PNone.NONE ? v : PyCall.call(fn, v))) {
                        return v;
                    }
                }
                return null;
            });
        });
        constructor(PyTypes.REVERSED, "cls, sequence, /", a -> {
            Object seq = a[1];
            Object rev = PyTypes.typeOf(seq).lookup("__reversed__");
            if (rev == PNone.NONE) {
                throw PyErrors.typeError("'%s' object is not reversible", PyErrors.typeName(seq));
            }
            if (rev != null) {
                return PyCall.callMethod(rev, seq);
            }
            if (PyTypes.typeOf(seq).lookup("__getitem__") == null || seq instanceof dev.dunder.runtime.python.objects.PDict) {
                throw PyErrors.typeError("'%s' object is not reversible", PyErrors.typeName(seq));
            }
            long[] index = {PySequences.len(seq) - 1};
            return new PFunctionIterator(PyTypes.REVERSED.getInstanceShape(), () -> {
                if (index[0] < 0) {
                    return null;
                }
                return PySequences.getItem(seq, index[0]--);
            });
        });
        installGenerator();
    }

    static PythonException stopWith(Object value) {
        PBaseException e = PyErrors.newException(PyTypes.STOP_ITERATION, value == PNone.NONE ? new Object[0] : new Object[]{value});
        return PyErrors.toThrow(e);
    }

    private static void installGenerator() {
        PyType t = PyTypes.GENERATOR;
        t.setAcceptsSubclasses(false);
        method(t, "send", "self, value, /", a -> {
            PGenerator g = (PGenerator) a[0];
            Object v = g.send(a[1]);
            if (v == null) {
                throw stopWith(g.getReturnValue());
            }
            return v;
        });
        method(t, "throw", "self, typ, val=None, tb=None, /", a -> {
            PGenerator g = (PGenerator) a[0];
            Object v = g.throwInto(Builtins.exceptionToRaise(a[1], a[2]));
            if (v == null) {
                throw stopWith(g.getReturnValue());
            }
            return v;
        });
        method(t, "close", "self, /", a -> {
            ((PGenerator) a[0]).close();
            return PNone.NONE;
        });
        method(t, "__repr__", "self, /", a -> "<generator object " + ((PGenerator) a[0]).getQualname() + " at " + PyStr.address(a[0]) + ">");
        getter(t, "__name__", o -> ((PGenerator) o).getName());
        getter(t, "__qualname__", o -> ((PGenerator) o).getQualname());
        getter(t, "gi_running", o -> ((PGenerator) o).isRunning());
        getter(t, "gi_frame", o -> ((PGenerator) o).isFinished() ? PNone.NONE : (Object) Boolean.TRUE);
    }

    static PList listOf(Object iterable) {
        return new PList(PyIter.toArray(iterable));
    }

    static Object seqIter(Object o) {
        return new PSequenceIterator(PyTypes.LIST_ITERATOR.getInstanceShape(), o, false);
    }
}
