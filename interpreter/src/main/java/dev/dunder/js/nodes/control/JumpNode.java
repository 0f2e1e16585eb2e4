package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ContinueException;
import dev.dunder.common.nodes.StatementNode;

/** {@code break}, {@code continue}, with or without a label. */
public final class JumpNode extends StatementNode {
    private final boolean isContinue;
    private final LabeledJump labeled;

    public JumpNode(boolean isContinue, String label) {
        this.isContinue = isContinue;
        this.labeled = label == null ? null : new LabeledJump(label, isContinue);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (labeled != null) {
            throw labeled;
        }
        if (isContinue) {
            throw ContinueException.INSTANCE;
        }
        throw BreakException.INSTANCE;
    }
}
