package dev.dunder.runtime.python.interop;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyIter;

/**
 * Interop iteration is Python iteration: an object is iterable when {@code iter()} would
 * accept it ({@code __iter__}, or the old {@code __getitem__} protocol), and its interop
 * iterator is what {@code iter(obj)} returns — a list iterator, a generator, a user
 * iterator class. An object is an interop iterator when its class has {@code __next__}.
 *
 * <p>Python iterators cannot say whether a next element exists without producing it, while
 * interop asks first ({@code hasIteratorNextElement}) and takes second. The element produced
 * by asking is kept here until it is taken; so a generator that Java asked about has
 * already run up to its next {@code yield}, and Python code calling {@code next()} on the
 * same iterator afterwards would not see that element.
 */
public final class InteropIterators {
    /** Elements produced by hasIteratorNextElement and not yet taken; END once the iterator is exhausted. */
    private static final Map<Object, Object> PEEKED = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Object END = new Object();

    private InteropIterators() {
    }

    @TruffleBoundary
    public static boolean isIterable(Object o) {
        if (o == PNone.NONE) {
            return false;
        }
        PyType type = PyTypes.typeOf(o);
        Object iter = type.lookup("__iter__");
        if (iter != null) {
            return iter != PNone.NONE;
        }
        return type.lookup("__getitem__") != null && !(o instanceof PyType);
    }

    @TruffleBoundary
    public static Object iterator(Object o) throws UnsupportedMessageException {
        if (!isIterable(o)) {
            throw UnsupportedMessageException.create();
        }
        try {
            return PyIter.iter(o);
        } catch (PythonException e) {
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    @TruffleBoundary
    public static boolean isIterator(Object o) {
        return o != PNone.NONE && PyTypes.typeOf(o).lookup("__next__") != null;
    }

    @TruffleBoundary
    public static boolean hasNext(Object o) throws UnsupportedMessageException {
        if (!isIterator(o)) {
            throw UnsupportedMessageException.create();
        }
        Object peeked = PEEKED.get(o);
        if (peeked == null) {
            peeked = produce(o);
            PEEKED.put(o, peeked);
        }
        return peeked != END;
    }

    @TruffleBoundary
    public static Object next(Object o) throws UnsupportedMessageException, StopIterationException {
        if (!isIterator(o)) {
            throw UnsupportedMessageException.create();
        }
        Object value = PEEKED.remove(o);
        if (value == null) {
            value = produce(o);
        }
        if (value == END) {
            PEEKED.put(o, END);
            throw StopIterationException.create();
        }
        return PythonInterop.toInterop(value);
    }

    private static Object produce(Object iterator) {
        try {
            Object v = PyIter.next(iterator);
            return v == null ? END : v;
        } catch (PythonException e) {
            throw ForeignErrors.unwrapForeign(e);
        }
    }
}
