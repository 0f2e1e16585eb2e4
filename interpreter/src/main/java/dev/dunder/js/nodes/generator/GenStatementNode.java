package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.runtime.js.JSException;

/**
 * A statement containing a yield: once it finishes (any way but a suspension) its saved
 * values and yield states are cleared, so its next execution (the next loop iteration,
 * say) starts afresh.
 */
public final class GenStatementNode extends StatementNode {
    @Child private StatementNode statement;
    @CompilationFinal(dimensions = 1) private final int[] slots;

    public GenStatementNode(StatementNode statement, int[] slots) {
        this.statement = statement;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            statement.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (JSException | ControlFlowException e) {
            clear(frame, slots);
            throw e;
        }
        clear(frame, slots);
    }

    @ExplodeLoop
    static void clear(VirtualFrame frame, int[] slots) {
        for (int s : slots) {
            frame.setObject(s, null);
        }
    }
}
