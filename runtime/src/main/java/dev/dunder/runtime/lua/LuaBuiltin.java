package dev.dunder.runtime.lua;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;

/**
 * A function of Lua's standard library, written in Java. Lua prints it as a
 * function, and tracebacks show it as {@code [C]: in function 'string.rep'}: it has no
 * source lines, like Lua's C functions. Its {@link Body} receives the arguments
 * array as the call target does, {@code [function, arg1, arg2, ...]}, so Lua's 1-based
 * argument numbers ("bad argument #1") are the array indexes.
 */
public final class LuaBuiltin extends LuaFunction {

    /** What a builtin does: arguments at indexes 1..n; returns one value or an {@code Object[]}. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args);
    }

    private final String name;
    private final Body body;
    private final TruffleLanguage<?> language;
    private RootCallTarget callTarget;

    public LuaBuiltin(TruffleLanguage<?> language, String name, Body body) {
        this.language = language;
        this.name = name;
        this.body = body;
    }

    @Override
    public String getName() {
        return name;
    }

    public Body getBody() {
        return body;
    }

    @Override
    public RootCallTarget getCallTarget() {
        if (callTarget == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            callTarget = new BuiltinRootNode(language, this).getCallTarget();
        }
        return callTarget;
    }
}
