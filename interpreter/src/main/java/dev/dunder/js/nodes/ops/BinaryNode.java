package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.TypeSystemReference;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.JSTypes;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.ops.Operators;

/** A binary operator with two operand children; the slow path is {@link Operators#apply}. */
@TypeSystemReference(JSTypes.class)
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class BinaryNode extends ExpressionNode {
    protected final Operators.Op op;
    /** The operator's position, for errors raised by conversions. */
    protected final int pos;

    protected BinaryNode(Operators.Op op, int pos) {
        this.op = op;
        this.pos = pos;
    }

    protected final Object slow(Object a, Object b) {
        try {
            return apply(op, a, b);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
    }

    @TruffleBoundary
    private static Object apply(Operators.Op op, Object a, Object b) {
        return Operators.apply(op, a, b);
    }
}
