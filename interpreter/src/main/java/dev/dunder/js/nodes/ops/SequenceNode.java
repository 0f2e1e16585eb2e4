package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;

/** The comma operator: evaluates all, yields the last. */
public final class SequenceNode extends ExpressionNode {
    @Children private final ExpressionNode[] expressions;

    public SequenceNode(ExpressionNode[] expressions) {
        this.expressions = expressions;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        for (int i = 0; i < expressions.length - 1; i++) {
            expressions[i].executeVoid(frame);
        }
        return expressions[expressions.length - 1].executeGeneric(frame);
    }
}
