package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The value {@code null}: a singleton. */
@ExportLibrary(InteropLibrary.class)
public final class Null implements TruffleObject {
    public static final Null INSTANCE = new Null();

    private Null() {
    }

    @Override
    public String toString() {
        return "null";
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return "null";
    }
}
