package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.PythonException;

/**
 * A statement containing yields, inside a generator: once it finishes (any way but
 * suspension) the saved values and yield states of its expressions are cleared,
 * so the next execution (e.g. the next loop iteration) starts afresh.
 */
public final class GenStatementNode extends PyStatementNode {
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
        } catch (PythonException | ControlFlowException e) {
            clear(frame);
            throw e;
        }
        clear(frame);
    }

    @ExplodeLoop
    private void clear(VirtualFrame frame) {
        for (int s : slots) {
            frame.setObject(s, null);
        }
    }
}
