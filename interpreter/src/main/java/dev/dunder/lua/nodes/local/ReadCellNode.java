package dev.dunder.lua.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.runtime.common.Cell;

/** Reads a local variable that a closure captured: its frame slot holds the shared Cell. */
public final class ReadCellNode extends LuaExpressionNode {
    private final int slot;

    public ReadCellNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return ((Cell) frame.getObject(slot)).get();
    }
}
