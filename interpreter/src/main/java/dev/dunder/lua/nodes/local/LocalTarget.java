package dev.dunder.lua.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Assigns a local variable in its frame slot. */
public final class LocalTarget extends LuaTargetNode {
    private final int slot;

    public LocalTarget(int slot) {
        this.slot = slot;
    }

    @Override
    public void store(VirtualFrame frame, Object object, Object key, Object value) {
        frame.setObject(slot, value);
    }
}
