package dev.dunder.runtime.js.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.dunder.runtime.js.inspect.Inspect;

/**
 * JavaScript's view of a plain value JS code produced (a number is a Java Integer or
 * Double, a string a String): tools and embedders see it displayed as Node's inspect shows it
 * ({@code 3}, not {@code 3.0}; {@code 'text'} quoted).
 */
@ExportLibrary(InteropLibrary.class)
public final class JsValueView implements TruffleObject {
    private static volatile Class<? extends TruffleLanguage<?>> languageClass;

    private final Object value;

    public JsValueView(Object value) {
        this.value = value;
    }

    /** The JS language class, registered by the interpreter (the runtime module cannot name it). */
    public static void setLanguageClass(Class<? extends TruffleLanguage<?>> c) {
        languageClass = c;
    }

    public static Class<? extends TruffleLanguage<?>> languageClass() {
        return languageClass;
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
        Object v = JSInterop.toJS(value);
        return JSInterop.isForeign(v) ? ForeignAccess.display(v) : Inspect.inspect(v);
    }
}
