package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.ops.ToBooleanNode;

/** {@code if (test) then else otherwise}. */
public final class IfNode extends StatementNode {
    @Child private ToBooleanNode test;
    @Child private StatementNode then;
    @Child private StatementNode otherwise;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ToBooleanNode test, StatementNode then, StatementNode otherwise) {
        this.test = test;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(test.executeBoolean(frame))) {
            then.executeVoid(frame);
        } else if (otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }
}
