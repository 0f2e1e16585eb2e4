package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;

/**
 * A yield-free part of a statement that contains a yield, evaluated once: when the
 * generator resumes and the statement is entered again, the value computed before the
 * suspension is reused instead of evaluating it (and its side effects) again.
 */
public final class SavedValueNode extends ExpressionNode {
    @Child private ExpressionNode expression;
    private final int slot;

    public SavedValueNode(ExpressionNode expression, int slot) {
        this.expression = expression;
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = frame.getObject(slot);
        if (v != null) {
            return v;
        }
        v = expression.executeGeneric(frame);
        frame.setObject(slot, v);
        return v;
    }
}
