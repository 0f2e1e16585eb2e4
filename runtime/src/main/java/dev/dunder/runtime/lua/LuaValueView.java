package dev.dunder.runtime.lua;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Lua's view of a value Lua code produced: embedders and tools see it displayed as Lua's
 * {@code tostring} shows it. Lua floats are plain Java doubles, which Java would display
 * as {@code 1.0E15} or {@code NaN}; Lua prints {@code 1e+15} and {@code -nan}.
 */
@ExportLibrary(InteropLibrary.class)
public final class LuaValueView implements TruffleObject {
    private static volatile Class<? extends TruffleLanguage<?>> languageClass;

    private final Object value;

    public LuaValueView(Object value) {
        this.value = value;
    }

    /** The Lua language class, registered by the interpreter (the runtime module cannot name it). */
    public static void setLanguageClass(Class<? extends TruffleLanguage<?>> c) {
        languageClass = c;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return languageClass;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        if (value instanceof Double d) {
            return LuaNumberFormat.floatToString(d);
        }
        if (value instanceof Float f) {
            return LuaNumberFormat.floatToString(f);
        }
        InteropLibrary interop = InteropLibrary.getUncached(value);
        return interop.toDisplayString(value, allowSideEffects);
    }
}
