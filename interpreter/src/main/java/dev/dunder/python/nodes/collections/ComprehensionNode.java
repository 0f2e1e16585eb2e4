package dev.dunder.python.nodes.collections;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.python.nodes.call.CallDispatchNode;
import dev.dunder.python.nodes.func.MakeFunctionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.ops.PyIter;

/**
 * A comprehension or generator expression, as CPython 3.11 runs it: a nested function
 * with its own scope, called with an iterator over the first {@code for}'s iterable
 * (which is evaluated in the enclosing scope).
 */
public final class ComprehensionNode extends PyExpressionNode {
    @Child private MakeFunctionNode function;
    @Child private ExpressionNode firstIterable;
    @Child private CallDispatchNode call = CallDispatchNode.create();

    public ComprehensionNode(MakeFunctionNode function, ExpressionNode firstIterable) {
        this.function = function;
        this.firstIterable = firstIterable;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object f = function.executeGeneric(frame);
        Object source = firstIterable.executeGeneric(frame);
        try {
            return call.call(f, iter(source));
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object iter(Object o) {
        return PyIter.iter(o);
    }
}
