package dev.dunder.python.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PyTypes;

/** A construct Dunder parses but cannot run: evaluating it raises NotImplementedError naming the feature. */
public final class UnsupportedNode extends PyExpressionNode {
    private final String message;

    public UnsupportedNode(String message) {
        this.message = message;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        throw located(PyErrors.raise(PyTypes.NOT_IMPLEMENTED_ERROR, message));
    }
}
