package dev.dunder.js.nodes.literals;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

import dev.dunder.common.nodes.ExpressionNode;

/** A literal value: number (an Integer when it is an int32 other than -0), string, boolean, null, undefined. */
public final class ConstantNode extends ExpressionNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }

    @Override
    public int executeInt(VirtualFrame frame) throws UnexpectedResultException {
        if (value instanceof Integer i) {
            return i;
        }
        throw new UnexpectedResultException(value);
    }

    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        if (value instanceof Double d) {
            return d;
        }
        throw new UnexpectedResultException(value);
    }

    public Object getValue() {
        return value;
    }
}
