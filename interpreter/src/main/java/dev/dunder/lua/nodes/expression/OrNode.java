package dev.dunder.lua.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.runtime.lua.LuaValues;

/** {@code a or b}: a unless it is false or nil, else b. */
public final class OrNode extends LuaExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    private final ConditionProfile profile = ConditionProfile.createCountingProfile();

    public OrNode(ExpressionNode left, ExpressionNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object a = left.executeGeneric(frame);
        if (profile.profile(LuaValues.isTruthy(a))) {
            return a;
        }
        return right.executeGeneric(frame);
    }
}
