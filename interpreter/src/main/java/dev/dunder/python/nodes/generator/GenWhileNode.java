package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ContinueException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.ops.ConditionNode;

/** {@code while} in a generator: state 0 = testing the condition, 1 = in the body. */
public final class GenWhileNode extends PyStatementNode {
    @Child private ConditionNode condition;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    private final GeneratorSlots slots;
    private final int stateSlot;

    public GenWhileNode(ConditionNode condition, StatementNode body, StatementNode orelse, GeneratorSlots slots, int stateSlot) {
        this.condition = condition;
        this.body = body;
        this.orelse = orelse;
        this.slots = slots;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean inBody = slots.isResuming(frame) && Integer.valueOf(1).equals(frame.getObject(stateSlot));
        boolean inOrelse = slots.isResuming(frame) && Integer.valueOf(2).equals(frame.getObject(stateSlot));
        if (!inOrelse) {
            while (true) {
                if (!inBody) {
                    frame.setObject(stateSlot, 0);
                    if (!condition.execute(frame)) {
                        break;
                    }
                }
                inBody = false;
                frame.setObject(stateSlot, 1);
                try {
                    body.executeVoid(frame);
                } catch (ContinueException c) {
                    // next iteration
                } catch (BreakException b) {
                    frame.setObject(stateSlot, 0);
                    return;
                }
            }
        }
        if (orelse != null) {
            frame.setObject(stateSlot, 2);
            orelse.executeVoid(frame);
        }
        frame.setObject(stateSlot, 0);
    }
}
