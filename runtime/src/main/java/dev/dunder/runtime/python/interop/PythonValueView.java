package dev.dunder.runtime.python.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Python's view of a plain Java value that Python code produced (an int is a Java
 * {@code long}, a str a {@code String}, ...): for embedders and tools its meta-object is
 * the Python class ({@code int}, {@code str}, {@code bool}, {@code float}) and its display
 * string is its {@code repr}, e.g. {@code 'text'} with quotes and {@code True}.
 * Foreign values get {@code foreign} as meta-object.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonValueView implements TruffleObject {
    private final Object value;

    public PythonValueView(Object value) {
        this.value = value;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return PythonInterop.languageClass();
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return PyTypes.typeOf(PythonInterop.toPython(value));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        Object v = PythonInterop.toPython(value);
        if (ForeignAccess.isForeign(v)) {
            return ForeignAccess.repr(v);
        }
        return PythonInterop.display(v, allowSideEffects);
    }
}
