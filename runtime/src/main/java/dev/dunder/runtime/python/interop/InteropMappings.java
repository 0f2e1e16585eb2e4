package dev.dunder.runtime.python.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PySequences;

/**
 * Interop hashes are Python dicts (and instances of dict subclasses, whose
 * {@code __getitem__}/{@code __setitem__} overrides run: every access is the Python
 * operation {@code d[k]}, {@code k in d}, {@code del d[k]}). Keys arrive as interop
 * values and are turned into Python values, so a Java {@code Integer} finds the int key.
 */
public final class InteropMappings {
    private InteropMappings() {
    }

    public static boolean isMapping(Object o) {
        return o instanceof PDict;
    }

    @TruffleBoundary
    public static long size(Object o) throws UnsupportedMessageException {
        if (!isMapping(o)) {
            throw UnsupportedMessageException.create();
        }
        return PySequences.len(o);
    }

    @TruffleBoundary
    public static boolean contains(Object o, Object key) {
        if (!isMapping(o)) {
            return false;
        }
        try {
            return PySequences.contains(o, PythonInterop.toPython(key));
        } catch (PythonException e) {
            // an unhashable key is simply not there
            return false;
        }
    }

    @TruffleBoundary
    public static Object read(Object o, Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!isMapping(o)) {
            throw UnsupportedMessageException.create();
        }
        if (!contains(o, key)) {
            // a subclass's __missing__ would answer, but interop readers ask only for keys that exist
            throw UnknownKeyException.create(key);
        }
        try {
            return PythonInterop.toInterop(PySequences.getItem(o, PythonInterop.toPython(key)));
        } catch (PythonException e) {
            if (e.getException().getPyClass().isSubtypeOf(PyTypes.KEY_ERROR)) {
                throw UnknownKeyException.create(key);
            }
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    @TruffleBoundary
    public static void write(Object o, Object key, Object value) throws UnsupportedMessageException {
        if (!isMapping(o)) {
            throw UnsupportedMessageException.create();
        }
        try {
            PySequences.setItem(o, PythonInterop.toPython(key), PythonInterop.toPython(value));
        } catch (PythonException e) {
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    @TruffleBoundary
    public static void remove(Object o, Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!isMapping(o)) {
            throw UnsupportedMessageException.create();
        }
        try {
            PySequences.delItem(o, PythonInterop.toPython(key));
        } catch (PythonException e) {
            if (e.getException().getPyClass().isSubtypeOf(PyTypes.KEY_ERROR)) {
                throw UnknownKeyException.create(key);
            }
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    /** {@code iter(d.items())}, {@code iter(d)} or {@code iter(d.values())}: Python iterators, interop iterators too. */
    @TruffleBoundary
    public static Object iterator(Object o, String view) throws UnsupportedMessageException {
        if (!isMapping(o)) {
            throw UnsupportedMessageException.create();
        }
        try {
            Object iterable = view == null ? o : PyCall.call(AttributeLookup.getAttribute(o, view));
            return PyIter.iter(iterable);
        } catch (PythonException e) {
            throw ForeignErrors.unwrapForeign(e);
        }
    }
}
