package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.ReturnException;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.objects.PNone;

/** {@code return value}. */
public final class ReturnNode extends PyStatementNode {
    @Child private ExpressionNode value;

    public ReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? PNone.NONE : value.executeGeneric(frame));
    }
}
