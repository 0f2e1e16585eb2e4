package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.ops.PyBinary;

/**
 * A binary operator. Subclasses specialise on unboxed ints, floats and strings;
 * anything else goes through {@link PyBinary} (the dunder protocol). Errors point
 * at the operator with CPython 3.11's {@code ~~~^~~~} anchors.
 */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class BinaryOpNode extends PyExpressionNode {

    public abstract ExpressionNode getLeft();

    public abstract ExpressionNode getRight();

    protected final Object generic(Object a, Object b, PyBinary.Op op) {
        try {
            return binary(a, b, op);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static Object binary(Object a, Object b, PyBinary.Op op) {
        return PyBinary.binary(a, b, op);
    }

    @Override
    public int[] getCaretAnchors() {
        return Anchors.binary(this, getLeft(), getRight());
    }

    @Override
    public SourceSection getTracebackSection() {
        return getSourceSection();
    }
}
