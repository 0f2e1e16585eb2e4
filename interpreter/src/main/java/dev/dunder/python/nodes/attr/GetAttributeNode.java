package dev.dunder.python.nodes.attr;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;

/** {@code obj.name}: evaluate the receiver, then the cached lookup ({@link ReadAttributeNode}). */
public final class GetAttributeNode extends PyExpressionNode {
    @Child private ExpressionNode receiver;
    @Child private ReadAttributeNode read;

    private GetAttributeNode(ExpressionNode receiver, String name) {
        this.receiver = receiver;
        this.read = ReadAttributeNode.create(name);
    }

    public static GetAttributeNode create(ExpressionNode receiver, String name) {
        return new GetAttributeNode(receiver, name);
    }

    public ExpressionNode getReceiver() {
        return receiver;
    }

    public String getName() {
        return read.getName();
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object obj = receiver.executeGeneric(frame);
        try {
            return read.executeGet(obj);
        } catch (PythonException e) {
            throw located(e);
        }
    }
}
