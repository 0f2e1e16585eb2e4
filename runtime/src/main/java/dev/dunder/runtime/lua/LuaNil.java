package dev.dunder.runtime.lua;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Lua's {@code nil}: one value, the absence of a useful value. A table read of a
 * missing key yields it, and storing it removes the key. Java's {@code null} never
 * stands for a Lua value.
 */
@ExportLibrary(InteropLibrary.class)
public final class LuaNil implements TruffleObject {
    public static final LuaNil NIL = new LuaNil();

    private LuaNil() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "nil";
    }

    @Override
    public String toString() {
        return "nil";
    }
}
