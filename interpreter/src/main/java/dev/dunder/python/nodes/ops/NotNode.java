package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;

/** {@code not x}. */
public final class NotNode extends PyExpressionNode {
    @Child private ConditionNode condition;

    public NotNode(ExpressionNode operand) {
        this.condition = new ConditionNode(operand);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return !condition.execute(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !condition.execute(frame);
    }
}
