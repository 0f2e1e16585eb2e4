package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.PythonException;

/** A block in a generator: remembers which statement is running, so a resumed generator re-enters that one. */
public final class GenBlockNode extends PyStatementNode {
    @Children private final StatementNode[] statements;
    private final GeneratorSlots slots;
    private final int indexSlot;

    public GenBlockNode(StatementNode[] statements, GeneratorSlots slots, int indexSlot) {
        this.statements = statements;
        this.slots = slots;
        this.indexSlot = indexSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int start = slots.isResuming(frame) ? (Integer) frame.getObject(indexSlot) : 0;
        for (int i = start; i < statements.length; i++) {
            frame.setObject(indexSlot, i);
            StatementNode s = statements[i];
            try {
                s.executeVoid(frame);
            } catch (PythonException e) {
                if (!e.isFrameRecorded()) {
                    if (s instanceof PyStatementNode ps) {
                        e.recordFrame(ps);
                    } else if (s instanceof PyExpressionNode pe) {
                        e.recordFrame(pe);
                    }
                }
                throw e;
            }
        }
    }
}
