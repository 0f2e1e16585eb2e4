package dev.dunder.runtime.lua;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.dunder.runtime.lua.model.LuaCalls;

/**
 * A Lua function value: a closure of Lua code ({@link LuaClosure}) or a function of
 * the standard library written in Java ({@link LuaBuiltin}). Both are called the same
 * way, through their call target, with the arguments array {@code [function, arg1, ...]};
 * the result is one value, or an {@code Object[]} of zero or several values, or a
 * {@link TailCall} still to be made (see {@link LuaCalls}).
 */
@ExportLibrary(InteropLibrary.class)
public abstract class LuaFunction implements TruffleObject {

    public abstract RootCallTarget getCallTarget();

    /** A name for debugging and interop; tracebacks name functions by how they were called. */
    public abstract String getName();

    @ExportMessage
    final boolean isExecutable() {
        return true;
    }

    @ExportMessage
    final Object execute(Object[] arguments) {
        return LuaCalls.interopCall(this, arguments);
    }

    @ExportMessage
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }

    @Override
    public String toString() {
        return "function: " + LuaValues.addressOf(this);
    }
}
