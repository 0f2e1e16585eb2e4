package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.runtime.lua.LuaValues;

/** {@code if c then a else b end} ({@code elseif} chains nest). */
public final class IfNode extends LuaStatementNode {
    @Child private ExpressionNode condition;
    @Child private StatementNode thenPart;
    @Child private StatementNode elsePart;
    private final ConditionProfile profile = ConditionProfile.createCountingProfile();

    public IfNode(ExpressionNode condition, StatementNode thenPart, StatementNode elsePart) {
        this.condition = condition;
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(LuaValues.isTruthy(condition.executeGeneric(frame)))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
