package dev.dunder.runtime.lua;

/**
 * A proper tail call still to be made: {@code return f(args)} in a Lua function
 * returns this instead of calling {@code f}, so the caller's frame makes the call and
 * the stack does not grow ({@code loop(300000)} written as tail recursion runs in
 * constant stack, as Lua promises). Only calls to Lua functions are tail calls; a Java
 * builtin in tail position is called at once, as Lua calls C functions.
 */
public final class TailCall {
    private final LuaClosure function;
    private final Object[] arguments;

    public TailCall(LuaClosure function, Object[] arguments) {
        this.function = function;
        this.arguments = arguments;
    }

    public LuaClosure getFunction() {
        return function;
    }

    /** The arguments array, {@code [function, arg1, ...]}. */
    public Object[] getArguments() {
        return arguments;
    }
}
