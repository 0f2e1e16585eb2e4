package dev.dunder.runtime.python.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * {@code obj.m} for a foreign object whose member {@code m} is a method: Python's bound
 * method for another language's object. Calling it is interop {@code invokeMember}, so the
 * method runs as its own language calls methods: a JavaScript function gets {@code obj} as
 * {@code this}, a Lua function gets it as {@code self} ({@code obj:m(args)}), a Java method
 * runs on {@code obj}. Reading the function and executing it plainly would lose the receiver
 * for JS and Lua.
 */
@ExportLibrary(InteropLibrary.class)
public final class ForeignMethod implements TruffleObject {
    final Object receiver;
    final String name;

    public ForeignMethod(Object receiver, String name) {
        this.receiver = receiver;
        this.name = name;
    }

    public Object receiver() {
        return receiver;
    }

    public String name() {
        return name;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments,
                    @CachedLibrary(limit = "3") InteropLibrary receivers)
                    throws UnsupportedMessageException, ArityException, UnsupportedTypeException {
        try {
            return receivers.invokeMember(receiver, name, arguments);
        } catch (UnknownIdentifierException e) {
            // the member was removed after it was read
            throw UnsupportedMessageException.create(e);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        InteropLibrary lib = InteropLibrary.getUncached();
        Object shown = lib.toDisplayString(receiver);
        String of;
        try {
            of = InteropLibrary.getUncached(shown).asString(shown);
        } catch (UnsupportedMessageException e) {
            of = "a foreign object";
        }
        return "<foreign method " + name + " of " + of + ">";
    }
}
