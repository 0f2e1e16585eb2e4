package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ContinueException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.ops.ConditionNode;

/** {@code while cond: body else: orelse} as a Truffle LoopNode (so long loops compile with OSR). */
public final class WhileNode extends PyStatementNode {
    @Child private LoopNode loop;
    @Child private StatementNode orelse;

    public WhileNode(ConditionNode condition, StatementNode body, StatementNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(condition, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            loop.execute(frame);
        } catch (BreakException b) {
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Repeating extends Node implements RepeatingNode {
        @Child private ConditionNode condition;
        @Child private StatementNode body;

        Repeating(ConditionNode condition, StatementNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!condition.execute(frame)) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException c) {
                // next iteration
            }
            return true;
        }
    }
}
