package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.ReturnException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.runtime.js.objects.Undefined;

/** {@code return value}: unwinds to the function's root. */
public final class ReturnNode extends StatementNode {
    @Child private ExpressionNode value;

    public ReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? Undefined.INSTANCE : value.executeGeneric(frame));
    }
}
