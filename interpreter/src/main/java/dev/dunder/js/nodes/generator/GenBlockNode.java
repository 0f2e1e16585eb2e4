package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.StatementNode;

/**
 * A block in a generator: remembers which statement is running, so a resumed generator
 * re-enters that one (and skips the scope set-up and statements before it).
 */
public final class GenBlockNode extends StatementNode {
    @Children private final StatementNode[] statements;
    private final GeneratorSlots slots;
    private final int indexSlot;

    public GenBlockNode(StatementNode[] statements, GeneratorSlots slots, int indexSlot) {
        this.statements = statements;
        this.slots = slots;
        this.indexSlot = indexSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int start = slots.isResuming(frame) ? (Integer) frame.getObject(indexSlot) : 0;
        for (int i = 0; i < statements.length; i++) {
            if (i >= start) {
                frame.setObject(indexSlot, i);
                statements[i].executeVoid(frame);
            }
        }
    }
}
