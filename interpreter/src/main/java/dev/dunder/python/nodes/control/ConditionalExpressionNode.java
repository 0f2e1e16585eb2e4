package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.python.nodes.ops.ConditionNode;

/** {@code a if cond else b}. */
public final class ConditionalExpressionNode extends PyExpressionNode {
    @Child private ConditionNode condition;
    @Child private ExpressionNode then;
    @Child private ExpressionNode otherwise;

    public ConditionalExpressionNode(ConditionNode condition, ExpressionNode then, ExpressionNode otherwise) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return condition.execute(frame) ? then.executeGeneric(frame) : otherwise.executeGeneric(frame);
    }
}
