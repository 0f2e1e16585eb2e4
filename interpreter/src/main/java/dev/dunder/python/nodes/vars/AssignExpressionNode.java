package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;

/** {@code name := value}: assigns and evaluates to the value. */
public final class AssignExpressionNode extends PyExpressionNode {
    @Child private ExpressionNode value;
    @Child private TargetNode target;

    public AssignExpressionNode(ExpressionNode value, TargetNode target) {
        this.value = value;
        this.target = target;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        target.executeAssign(frame, v);
        return v;
    }
}
