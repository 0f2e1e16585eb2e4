package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.python.PythonException;

/** Evaluates an expression for its truth value (if/while/assert conditions), with a branch profile. */
public final class ConditionNode extends Node {
    @Child private ExpressionNode expression;
    @Child private IsTrueNode isTrue = IsTrueNode.create();
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public ConditionNode(ExpressionNode expression) {
        this.expression = expression;
    }

    public boolean execute(VirtualFrame frame) {
        boolean result;
        try {
            result = expression.executeBoolean(frame);
        } catch (UnexpectedResultException e) {
            try {
                result = isTrue.execute(e.getResult());
            } catch (PythonException pe) {
                if (expression instanceof dev.dunder.python.nodes.PyExpressionNode pen && !pe.isFrameRecorded()) {
                    pe.recordFrame(pen);
                }
                throw pe;
            }
        }
        return profile.profile(result);
    }
}
