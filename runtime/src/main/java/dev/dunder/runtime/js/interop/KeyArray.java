package dev.dunder.runtime.js.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Member names for interop's getMembers: an array of strings. */
@ExportLibrary(InteropLibrary.class)
public final class KeyArray implements TruffleObject {
    private final String[] names;

    public KeyArray(String[] names) {
        this.names = names;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return names.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < names.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= names.length) {
            throw InvalidArrayIndexException.create(index);
        }
        return names[(int) index];
    }
}
