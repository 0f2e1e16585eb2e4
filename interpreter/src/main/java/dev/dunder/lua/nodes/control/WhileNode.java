package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.runtime.lua.LuaValues;

/**
 * {@code while c do body end} and {@code repeat body until c}, as Truffle loops (so long
 * loops are compiled on stack replacement).
 */
public final class WhileNode extends LuaStatementNode {
    @Child private LoopNode loop;

    public WhileNode(ExpressionNode condition, StatementNode body, boolean repeatUntil) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(condition, body, repeatUntil));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            loop.execute(frame);
        } catch (BreakException b) {
            // leave the loop
        }
    }

    private static final class Body extends Node implements RepeatingNode {
        @Child private ExpressionNode condition;
        @Child private StatementNode body;
        private final boolean repeatUntil;

        Body(ExpressionNode condition, StatementNode body, boolean repeatUntil) {
            this.condition = condition;
            this.body = body;
            this.repeatUntil = repeatUntil;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (repeatUntil) {
                body.executeVoid(frame);
                return !LuaValues.isTruthy(condition.executeGeneric(frame));
            }
            if (!LuaValues.isTruthy(condition.executeGeneric(frame))) {
                return false;
            }
            body.executeVoid(frame);
            return true;
        }
    }
}
