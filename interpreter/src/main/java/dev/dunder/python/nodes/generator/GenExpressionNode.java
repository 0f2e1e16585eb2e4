package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;

/** An expression with yields inside (a loop test, a with-manager): clears its saved state once it has a value. */
public final class GenExpressionNode extends PyExpressionNode {
    @Child private ExpressionNode expression;
    @CompilationFinal(dimensions = 1) private final int[] slots;

    public GenExpressionNode(ExpressionNode expression, int[] slots) {
        this.expression = expression;
        this.slots = slots;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = expression.executeGeneric(frame);
        clear(frame);
        return v;
    }

    @ExplodeLoop
    private void clear(VirtualFrame frame) {
        for (int s : slots) {
            frame.setObject(s, null);
        }
    }
}
