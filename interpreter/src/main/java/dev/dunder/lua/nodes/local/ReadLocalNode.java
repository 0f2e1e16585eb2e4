package dev.dunder.lua.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.lua.nodes.LuaExpressionNode;

/** Reads a local variable kept directly in its frame slot (no closure captures it). */
public final class ReadLocalNode extends LuaExpressionNode {
    private final int slot;

    public ReadLocalNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
