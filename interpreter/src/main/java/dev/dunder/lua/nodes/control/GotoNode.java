package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.lua.nodes.LuaStatementNode;

/** {@code goto name}. */
public final class GotoNode extends LuaStatementNode {
    private final String label;

    public GotoNode(String label) {
        this.label = label;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new GotoException(label);
    }
}
