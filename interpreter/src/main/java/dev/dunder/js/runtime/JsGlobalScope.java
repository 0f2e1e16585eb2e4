package dev.dunder.js.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.objects.JSObject;

/**
 * The JavaScript global object as the polyglot API's scope ({@code context.getBindings("dunder-js")}):
 * its string-keyed properties, read with [[Get]] and written with [[Set]] as script code would.
 */
@ExportLibrary(InteropLibrary.class)
public final class JsGlobalScope implements TruffleObject {
    private final JSObject global;

    public JsGlobalScope(JSObject global) {
        this.global = global;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return JsLanguage.class;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        List<String> names = new ArrayList<>();
        for (Object k : global.ownPropertyKeys()) {
            if (k instanceof String s) {
                names.add(s);
            }
        }
        return new dev.dunder.runtime.common.interop.InteropArray(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return global.hasProperty(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        if (!global.hasProperty(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return dev.dunder.runtime.js.interop.JSInterop.toInterop(global.get(member));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return global.hasProperty(member);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return !global.hasProperty(member);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        global.set(member, dev.dunder.runtime.js.interop.JSInterop.toJS(value), global);
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return "global";
    }
}
