package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.lua.nodes.LuaStatementNode;

/**
 * A block that declares labels: a {@code goto} to one of them (from this block or a block
 * inside it) continues with the statement after the label; a goto backwards makes a loop.
 */
public final class LabeledBlockNode extends LuaStatementNode {
    @Children private final StatementNode[] statements;
    private final String[] labels;
    /** For each label, the index of the statement after it. */
    private final int[] targets;

    public LabeledBlockNode(StatementNode[] statements, String[] labels, int[] targets) {
        this.statements = statements;
        this.labels = labels;
        this.targets = targets;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int pc = 0;
        while (true) {
            try {
                for (int i = pc; i < statements.length; i++) {
                    statements[i].executeVoid(frame);
                }
                return;
            } catch (GotoException g) {
                int target = targetOf(g.getLabel());
                if (target < 0) {
                    throw g;
                }
                pc = target;
            }
        }
    }

    private int targetOf(String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return targets[i];
            }
        }
        return -1;
    }
}
