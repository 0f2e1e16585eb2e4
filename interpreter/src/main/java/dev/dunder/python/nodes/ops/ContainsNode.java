package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.ops.PySequences;

/** {@code item in container} / {@code not in}: {@code __contains__}, else iteration. */
public final class ContainsNode extends PyExpressionNode {
    @Child private ExpressionNode item;
    @Child private ExpressionNode container;
    private final boolean negated;

    public ContainsNode(ExpressionNode item, ExpressionNode container, boolean negated) {
        this.item = item;
        this.container = container;
        this.negated = negated;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        Object i = item.executeGeneric(frame);
        Object c = container.executeGeneric(frame);
        try {
            return contains(c, i) != negated;
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    static boolean contains(Object c, Object i) {
        return PySequences.contains(c, i);
    }
}
