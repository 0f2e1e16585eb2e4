package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.ops.ConditionNode;

/** {@code if} in a generator: remembers the branch taken (0 while evaluating the test). */
public final class GenIfNode extends PyStatementNode {
    @Child private ConditionNode condition;
    @Child private StatementNode then;
    @Child private StatementNode otherwise;
    private final GeneratorSlots slots;
    private final int branchSlot;

    public GenIfNode(ConditionNode condition, StatementNode then, StatementNode otherwise, GeneratorSlots slots, int branchSlot) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
        this.slots = slots;
        this.branchSlot = branchSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int branch = 0;
        if (slots.isResuming(frame)) {
            branch = (Integer) frame.getObject(branchSlot);
        }
        if (branch == 0) {
            frame.setObject(branchSlot, 0);
            branch = condition.execute(frame) ? 1 : 2;
            frame.setObject(branchSlot, branch);
        }
        try {
            if (branch == 1) {
                then.executeVoid(frame);
            } else if (otherwise != null) {
                otherwise.executeVoid(frame);
            }
        } catch (YieldException y) {
            throw y;
        }
        frame.setObject(branchSlot, 0);
    }
}
