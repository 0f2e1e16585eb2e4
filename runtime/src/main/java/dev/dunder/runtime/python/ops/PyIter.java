package dev.dunder.runtime.python.ops;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PDictIterator;
import dev.dunder.runtime.python.objects.PFunctionIterator;
import dev.dunder.runtime.python.objects.PIterator;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PRange;
import dev.dunder.runtime.python.objects.PRangeIterator;
import dev.dunder.runtime.python.objects.PSequenceIterator;
import dev.dunder.runtime.python.objects.PSet;
import dev.dunder.runtime.python.objects.PSetIterator;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * The iteration protocol: {@code iter()} ({@code __iter__}, else the old
 * {@code __getitem__} protocol), and {@code next()} returning null at the end instead
 * of raising StopIteration, so Java callers can loop cheaply.
 */
public final class PyIter {
    private PyIter() {
    }

    @TruffleBoundary
    public static Object iter(Object obj) {
        if (obj instanceof PList l && l.getPyClass() == PyTypes.LIST) {
            return new PSequenceIterator(PyTypes.LIST_ITERATOR.getInstanceShape(), l, false);
        } else if (obj instanceof PTuple t && t.getPyClass() == PyTypes.TUPLE) {
            return new PSequenceIterator(PyTypes.TUPLE_ITERATOR.getInstanceShape(), t, false);
        } else if (obj instanceof String s) {
            return new PSequenceIterator(PyTypes.STR_ITERATOR.getInstanceShape(), s, false);
        } else if (obj instanceof PRange r && !r.isBig()) {
            return new PRangeIterator(r.getStart(), r.length(), r.getStep());
        } else if (obj instanceof PDict d && d.getPyClass() == PyTypes.DICT) {
            return new PDictIterator(PyTypes.DICT_KEYITERATOR.getInstanceShape(), d.getStorage(), PDictIterator.Kind.KEYS);
        } else if (obj instanceof PSet s && (s.getPyClass() == PyTypes.SET || s.getPyClass() == PyTypes.FROZENSET)) {
            return new PSetIterator(s.getTable());
        }
        PyType type = PyTypes.typeOf(obj);
        Object iterMethod = type.lookup("__iter__");
        if (iterMethod == PNone.NONE) {
            throw PyErrors.typeError("'%s' object is not iterable", type.getName());
        }
        if (iterMethod != null) {
            Object it = PyCall.callMethod(iterMethod, obj);
            if (!(it instanceof PIterator) && PyTypes.typeOf(it).lookup("__next__") == null) {
                throw PyErrors.typeError("iter() returned non-iterator of type '%s'", PyErrors.typeName(it));
            }
            return it;
        }
        Object getitem = type.lookup("__getitem__");
        if (getitem != null) {
            return getItemIterator(obj, getitem);
        }
        throw PyErrors.typeError("'%s' object is not iterable", type.getName());
    }

    /** The sequence protocol: {@code obj[0]}, {@code obj[1]}, ... until IndexError (or StopIteration). */
    private static Object getItemIterator(Object obj, Object getitem) {
        long[] index = {0};
        return new PFunctionIterator(PyTypes.ITERATOR.getInstanceShape(), () -> {
            try {
                return PyCall.callMethod(getitem, obj, index[0]++);
            } catch (PythonException e) {
                PyType t = e.getException().getPyClass();
                if (t.isSubtypeOf(PyTypes.INDEX_ERROR) || t.isSubtypeOf(PyTypes.STOP_ITERATION)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** The next item of an iterator, or null when it is exhausted. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (iterator instanceof PIterator it && it.getPyClass().isBuiltin()) {
            return it.next();
        }
        PyType type = PyTypes.typeOf(iterator);
        Object nextMethod = type.lookup("__next__");
        if (nextMethod == null) {
            throw PyErrors.typeError("'%s' object is not an iterator", type.getName());
        }
        try {
            return PyCall.callMethod(nextMethod, iterator);
        } catch (PythonException e) {
            if (e.getException().getPyClass().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** All items of an iterable, in order. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PList l && l.getPyClass() == PyTypes.LIST) {
            return l.toArray();
        } else if (iterable instanceof PTuple t && t.getPyClass() == PyTypes.TUPLE) {
            return t.getItems();
        }
        List<Object> items = new ArrayList<>();
        Object it = iter(iterable);
        Object v;
        while ((v = next(it)) != null) {
            items.add(v);
        }
        return items.toArray();
    }
}
