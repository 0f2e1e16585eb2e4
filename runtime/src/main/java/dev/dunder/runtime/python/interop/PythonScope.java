package dev.dunder.runtime.python.interop;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.InstanceDicts;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.DictStorage;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PTuple;

/**
 * The globals of {@code __main__} as an interop scope: what
 * {@code context.getBindings("dunder-python")} shows. Members are the module's global
 * variables, read and written directly (a global is not an attribute lookup: no
 * descriptors, no module {@code __getattr__}); values written by the embedder are
 * converted to Python values, so {@code bindings.putMember("n", 5)} makes an int.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonScope implements TruffleObject {
    private final PModule module;

    public PythonScope(PModule module) {
        this.module = module;
    }

    public PModule getModule() {
        return module;
    }

    @ExportMessage
    boolean isScope() {
        return true;
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
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "global";
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        List<Object> names = new ArrayList<>();
        DictStorage s = AttributeDictStorage.viewOf(module).getStorage();
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            if (s.keyAt(i) instanceof String k) {
                names.add(k);
            }
        }
        return new PTuple(names.toArray());
    }

    @ExportMessage(name = "isMemberReadable")
    @ExportMessage(name = "isMemberModifiable")
    @ExportMessage(name = "isMemberRemovable")
    @TruffleBoundary
    boolean isGlobal(String name) {
        return InstanceDicts.get(module, name) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String name) {
        return InstanceDicts.get(module, name) == null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String name) {
        Object v = InstanceDicts.get(module, name);
        return v != null && PythonInterop.isCallable(v);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String name) throws UnknownIdentifierException {
        Object v = InstanceDicts.get(module, name);
        if (v == null) {
            throw UnknownIdentifierException.create(name);
        }
        return PythonInterop.toInterop(v);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String name, Object value) {
        InstanceDicts.put(module, name, PythonInterop.toPython(value));
    }

    @ExportMessage
    @TruffleBoundary
    void removeMember(String name) throws UnknownIdentifierException {
        if (!InstanceDicts.remove(module, name)) {
            throw UnknownIdentifierException.create(name);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String name, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        Object v = InstanceDicts.get(module, name);
        if (v == null) {
            throw UnknownIdentifierException.create(name);
        }
        if (!PythonInterop.isCallable(v)) {
            throw UnsupportedMessageException.create();
        }
        try {
            return PythonInterop.call(v, arguments);
        } catch (PythonException e) {
            throw ForeignErrors.unwrapForeign(e);
        }
    }
}
