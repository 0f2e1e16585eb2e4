package dev.dunder.lua.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.runtime.common.Cell;

/** Assigns a captured local variable through its Cell. */
public final class CellTarget extends LuaTargetNode {
    private final int slot;

    public CellTarget(int slot) {
        this.slot = slot;
    }

    @Override
    public void store(VirtualFrame frame, Object object, Object key, Object value) {
        ((Cell) frame.getObject(slot)).set(value);
    }
}
