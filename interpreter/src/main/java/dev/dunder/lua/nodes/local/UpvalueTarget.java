package dev.dunder.lua.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.runtime.lua.LuaClosure;

/** Assigns an upvalue of the running closure. */
public final class UpvalueTarget extends LuaTargetNode {
    private final int index;

    public UpvalueTarget(int index) {
        this.index = index;
    }

    @Override
    public void store(VirtualFrame frame, Object object, Object key, Object value) {
        ((LuaClosure) frame.getArguments()[0]).getUpvalues()[index].set(value);
    }
}
