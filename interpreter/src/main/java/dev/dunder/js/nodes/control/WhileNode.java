package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.ops.ToBooleanNode;

/**
 * {@code while}, {@code do...while} and {@code for (init; test; update)}: one Truffle
 * loop node (so long loops get on-stack replacement). A {@code for} loop whose
 * {@code let} variables are captured gives each iteration fresh copies
 * ({@link #perIteration}, §14.7.4.4 CreatePerIterationEnvironment).
 */
public final class WhileNode extends StatementNode {
    @Child private LoopNode loop;

    public WhileNode(ToBooleanNode test, LoopBody body, StatementNode update, boolean testFirst, StatementNode perIteration) {
        this.loop = Truffle.getRuntime().createLoopNode(new Repeat(test, body, update, testFirst, perIteration));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        loop.execute(frame);
    }

    private static final class Repeat extends Node implements RepeatingNode {
        @Child private ToBooleanNode test;
        @Child private LoopBody body;
        @Child private StatementNode update;
        @Child private StatementNode perIteration;
        private final boolean testFirst;

        Repeat(ToBooleanNode test, LoopBody body, StatementNode update, boolean testFirst, StatementNode perIteration) {
            this.test = test;
            this.body = body;
            this.update = update;
            this.testFirst = testFirst;
            this.perIteration = perIteration;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (testFirst && test != null && !test.executeBoolean(frame)) {
                return false;
            }
            if (!body.execute(frame)) {
                return false;
            }
            if (perIteration != null) {
                perIteration.executeVoid(frame);
            }
            if (update != null) {
                update.executeVoid(frame);
            }
            if (!testFirst && !test.executeBoolean(frame)) {
                return false;
            }
            return true;
        }
    }
}
