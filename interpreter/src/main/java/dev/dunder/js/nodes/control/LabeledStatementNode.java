package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;

/** {@code label: statement} for statements that are not loops: {@code break label} ends it. */
public final class LabeledStatementNode extends StatementNode {
    private final String label;
    @Child private StatementNode body;

    public LabeledStatementNode(String label, StatementNode body) {
        this.label = label;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (LabeledJump j) {
            if (j.isContinue() || !j.getLabel().equals(label)) {
                throw j;
            }
        }
    }
}
