package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.PythonException;

/** A sequence of statements. Exceptions not yet placed in this frame's traceback are placed at the statement that raised them. */
public final class BlockNode extends PyStatementNode {
    @Children private final StatementNode[] statements;

    public BlockNode(StatementNode[] statements) {
        this.statements = statements;
    }

    public StatementNode[] getStatements() {
        return statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StatementNode s : statements) {
            try {
                s.executeVoid(frame);
            } catch (PythonException e) {
                if (!e.isFrameRecorded() && s instanceof PyStatementNode ps) {
                    e.recordFrame(ps);
                } else if (!e.isFrameRecorded() && s instanceof dev.dunder.python.nodes.PyExpressionNode pe) {
                    e.recordFrame(pe);
                }
                throw e;
            }
        }
    }
}
