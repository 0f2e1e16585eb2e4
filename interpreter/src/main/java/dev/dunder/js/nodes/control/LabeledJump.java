package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * {@code break label} and {@code continue label}: unwinds to the statement carrying
 * the label. (Unlabeled jumps use the shared Break/ContinueException singletons.)
 */
public final class LabeledJump extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    private final String label;
    private final boolean isContinue;

    public LabeledJump(String label, boolean isContinue) {
        this.label = label;
        this.isContinue = isContinue;
    }

    public String getLabel() {
        return label;
    }

    public boolean isContinue() {
        return isContinue;
    }
}
