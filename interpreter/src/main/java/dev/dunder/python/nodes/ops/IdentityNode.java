package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;

/** {@code a is b} / {@code a is not b}. Unboxed values compare by value (as CPython's cached small ints and interned strings do). */
public final class IdentityNode extends PyExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    private final boolean negated;

    public IdentityNode(ExpressionNode left, ExpressionNode right, boolean negated) {
        this.left = left;
        this.right = right;
        this.negated = negated;
    }

    public static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return false;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return same(left.executeGeneric(frame), right.executeGeneric(frame)) != negated;
    }
}
