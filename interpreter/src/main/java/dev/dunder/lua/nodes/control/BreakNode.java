package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.lua.nodes.LuaStatementNode;

/** {@code break}: leaves the innermost loop. */
public final class BreakNode extends LuaStatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}
