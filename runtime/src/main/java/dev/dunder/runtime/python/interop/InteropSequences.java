package dev.dunder.runtime.python.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PBoxed;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PySequences;

/**
 * Interop arrays are Python sequences: lists and tuples, and any object whose class has
 * {@code __getitem__} and {@code __len__} and is not a mapping (CPython's PySequence_Check).
 * Elements are read and written with {@code obj[i]} (so user {@code __getitem__} runs);
 * lists grow by writing at index {@code len} and shrink by removing.
 */
public final class InteropSequences {
    private InteropSequences() {
    }

    @TruffleBoundary
    public static boolean isSequence(Object o) {
        if (o instanceof PList || o instanceof PTuple) {
            return true;
        }
        if (o instanceof PDict || o instanceof PyType || o instanceof PBoxed b && b.getValue() instanceof String) {
            return false;
        }
        PyType type = PyTypes.typeOf(o);
        return type.lookup("__getitem__") != null && type.lookup("__len__") != null && !type.isSubtypeOf(PyTypes.DICT);
    }

    private static boolean isMutable(Object o) {
        return o instanceof PList || !(o instanceof PTuple) && PyTypes.typeOf(o).lookup("__setitem__") != null;
    }

    @TruffleBoundary
    public static long size(Object o) throws UnsupportedMessageException {
        if (!isSequence(o)) {
            throw UnsupportedMessageException.create();
        }
        return PySequences.len(o);
    }

    @TruffleBoundary
    public static boolean isReadable(Object o, long index) {
        try {
            return isSequence(o) && index >= 0 && index < PySequences.len(o);
        } catch (PythonException e) {
            return false;
        }
    }

    @TruffleBoundary
    public static Object read(Object o, long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!isSequence(o)) {
            throw UnsupportedMessageException.create();
        }
        if (index < 0) {
            // Python would count from the end; interop indices are never negative
            throw InvalidArrayIndexException.create(index);
        }
        try {
            return PythonInterop.toInterop(PySequences.getItem(o, index));
        } catch (PythonException e) {
            if (e.getException().getPyClass().isSubtypeOf(PyTypes.INDEX_ERROR)) {
                throw InvalidArrayIndexException.create(index);
            }
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    @TruffleBoundary
    public static boolean isModifiable(Object o, long index) {
        return isMutable(o) && isReadable(o, index);
    }

    @TruffleBoundary
    public static boolean isInsertable(Object o, long index) {
        return o instanceof PList l && index == l.size();
    }

    @TruffleBoundary
    public static void write(Object o, long index, Object value) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!isSequence(o) || !isMutable(o)) {
            throw UnsupportedMessageException.create();
        }
        Object v = PythonInterop.toPython(value);
        if (o instanceof PList l && index == l.size()) {
            l.append(v);
            return;
        }
        if (index < 0) {
            throw InvalidArrayIndexException.create(index);
        }
        try {
            PySequences.setItem(o, index, v);
        } catch (PythonException e) {
            if (e.getException().getPyClass().isSubtypeOf(PyTypes.INDEX_ERROR)) {
                throw InvalidArrayIndexException.create(index);
            }
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    @TruffleBoundary
    public static boolean isRemovable(Object o, long index) {
        return (o instanceof PList || !(o instanceof PTuple) && PyTypes.typeOf(o).lookup("__delitem__") != null) && isReadable(o, index);
    }

    @TruffleBoundary
    public static void remove(Object o, long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!isSequence(o) || o instanceof PTuple) {
            throw UnsupportedMessageException.create();
        }
        if (index < 0) {
            throw InvalidArrayIndexException.create(index);
        }
        try {
            PySequences.delItem(o, index);
        } catch (PythonException e) {
            if (e.getException().getPyClass().isSubtypeOf(PyTypes.INDEX_ERROR)) {
                throw InvalidArrayIndexException.create(index);
            }
            throw ForeignErrors.unwrapForeign(e);
        }
    }
}
