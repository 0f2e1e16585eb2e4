package dev.dunder.runtime.common.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A read-only array handed to other languages through interop, shared by the models:
 * member names (getMembers), several results, a hash entry's key/value pair.
 */
@ExportLibrary(InteropLibrary.class)
public final class InteropArray implements TruffleObject {
    private final Object[] keys;

    public InteropArray(Object[] keys) {
        this.keys = keys;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return keys.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < keys.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= keys.length) {
            throw InvalidArrayIndexException.create(index);
        }
        return keys[(int) index];
    }

    /** An iterator over the elements (a table's hash entries iterator is one over its entry pairs). */
    public Object iterator() {
        return new Iterator(keys);
    }

    @ExportLibrary(InteropLibrary.class)
    static final class Iterator implements TruffleObject {
        private final Object[] elements;
        private int next;

        Iterator(Object[] elements) {
            this.elements = elements;
        }

        @ExportMessage
        boolean isIterator() {
            return true;
        }

        @ExportMessage
        boolean hasIteratorNextElement() {
            return next < elements.length;
        }

        @ExportMessage
        Object getIteratorNextElement() throws StopIterationException {
            if (next >= elements.length) {
                throw StopIterationException.create();
            }
            return elements[next++];
        }
    }
}
