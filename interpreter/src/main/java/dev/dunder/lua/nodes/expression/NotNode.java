package dev.dunder.lua.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.runtime.lua.LuaValues;

/** {@code not a}. */
public final class NotNode extends LuaExpressionNode {
    @Child private ExpressionNode operand;

    public NotNode(ExpressionNode operand) {
        this.operand = operand;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return !LuaValues.isTruthy(operand.executeGeneric(frame));
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !LuaValues.isTruthy(operand.executeGeneric(frame));
    }
}
