package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.dunder.common.nodes.ExpressionNode;

/** {@code test ? then : otherwise}. */
public final class ConditionalNode extends ExpressionNode {
    @Child private ToBooleanNode test;
    @Child private ExpressionNode then;
    @Child private ExpressionNode otherwise;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public ConditionalNode(ToBooleanNode test, ExpressionNode then, ExpressionNode otherwise) {
        this.test = test;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return profile.profile(test.executeBoolean(frame)) ? then.executeGeneric(frame) : otherwise.executeGeneric(frame);
    }
}
