package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.lua.nodes.LuaStatementNode;

/**
 * A statement that does nothing: an empty block, and the point instruments count for
 * an empty loop body or a function's final {@code return} (so that a statement limit
 * also stops {@code while true do end} and endless tail calls).
 */
public final class EmptyStatementNode extends LuaStatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
    }
}
