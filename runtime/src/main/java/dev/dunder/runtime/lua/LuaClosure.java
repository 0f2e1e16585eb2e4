package dev.dunder.runtime.lua;

import com.oracle.truffle.api.RootCallTarget;

import dev.dunder.runtime.common.Cell;

/**
 * A function written in Lua: the code (a call target whose root node knows the
 * function's parameters, chunk and line) and the upvalues it closes over, one
 * {@link Cell} per captured variable, shared with the frames and other closures that
 * see the same variable.
 */
public final class LuaClosure extends LuaFunction {
    private final RootCallTarget callTarget;
    private final Cell[] upvalues;

    public LuaClosure(RootCallTarget callTarget, Cell[] upvalues) {
        this.callTarget = callTarget;
        this.upvalues = upvalues;
    }

    @Override
    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public Cell[] getUpvalues() {
        return upvalues;
    }

    @Override
    public String getName() {
        return callTarget.getRootNode().getName();
    }
}
