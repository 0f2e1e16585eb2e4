package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.JSException;

/** An expression containing a yield used by a resumable statement (a loop test, a switch value): its saved state is cleared once it has a value. */
public final class GenExpressionNode extends ExpressionNode {
    @Child private ExpressionNode expression;
    @CompilationFinal(dimensions = 1) private final int[] slots;

    public GenExpressionNode(ExpressionNode expression, int[] slots) {
        this.expression = expression;
        this.slots = slots;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v;
        try {
            v = expression.executeGeneric(frame);
        } catch (YieldException y) {
            throw y;
        } catch (JSException | ControlFlowException e) {
            GenStatementNode.clear(frame, slots);
            throw e;
        }
        GenStatementNode.clear(frame, slots);
        return v;
    }
}
