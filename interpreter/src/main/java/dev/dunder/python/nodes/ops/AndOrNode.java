package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;

/** {@code a and b} / {@code a or b}: short-circuit, returning the deciding operand itself. */
public final class AndOrNode extends PyExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    @Child private IsTrueNode isTrue = IsTrueNode.create();
    private final boolean isAnd;

    public AndOrNode(ExpressionNode left, ExpressionNode right, boolean isAnd) {
        this.left = left;
        this.right = right;
        this.isAnd = isAnd;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        boolean truth;
        try {
            truth = isTrue.execute(l);
        } catch (PythonException e) {
            throw located(e);
        }
        if (truth != isAnd) {
            return l;
        }
        return right.executeGeneric(frame);
    }
}
