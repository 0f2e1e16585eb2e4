package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.call.CallNode;

/** A function call as a statement: its results are dropped. */
public final class ExpressionStatementNode extends LuaStatementNode {
    @Child private ExpressionNode call;

    public ExpressionStatementNode(ExpressionNode call) {
        this.call = call;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (call instanceof CallNode c) {
            c.executeRaw(frame);
        } else {
            call.executeGeneric(frame);
        }
    }
}
