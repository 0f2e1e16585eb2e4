package dev.dunder.python.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.python.nodes.PyExpressionNode;

/** A literal or other value known when the tree is built: numbers, strings, None, True, Ellipsis. */
public final class ConstantNode extends PyExpressionNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }

    @Override
    public long executeLong(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
        if (value instanceof Long l) {
            return l;
        }
        throw new com.oracle.truffle.api.nodes.UnexpectedResultException(value);
    }
}
