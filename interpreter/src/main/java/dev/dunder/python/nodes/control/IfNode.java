package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.ops.ConditionNode;

/** {@code if}/{@code elif}/{@code else} (elif chains nest as else branches). */
public final class IfNode extends PyStatementNode {
    @Child private ConditionNode condition;
    @Child private StatementNode then;
    @Child private StatementNode otherwise;

    public IfNode(ConditionNode condition, StatementNode then, StatementNode otherwise) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (condition.execute(frame)) {
            then.executeVoid(frame);
        } else if (otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }
}
