package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.runtime.js.JSException;

/** {@code throw value}; an uncaught one is reported at the {@code throw} keyword, as V8 does. */
public final class ThrowNode extends StatementNode {
    @Child private ExpressionNode value;
    private final int pos;

    public ThrowNode(ExpressionNode value, int pos) {
        this.value = value;
        this.pos = pos;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new JSException(value.executeGeneric(frame), this, pos);
    }
}
