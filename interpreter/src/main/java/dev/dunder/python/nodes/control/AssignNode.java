package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.vars.TargetNode;

/** {@code t1 = t2 = value}: the value once, then each target from left to right. */
public final class AssignNode extends PyStatementNode {
    @Child private ExpressionNode value;
    @Children private final TargetNode[] targets;

    public AssignNode(ExpressionNode value, TargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        for (TargetNode t : targets) {
            t.executeAssign(frame, v);
        }
    }
}
