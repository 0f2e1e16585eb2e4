package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.control.LoopBody;
import dev.dunder.js.nodes.ops.ToBooleanNode;

/**
 * {@code while}, {@code do...while} and {@code for} in a generator: remembers the phase
 * (testing, in the body, updating) so a resumed generator continues inside the loop.
 */
public final class GenLoopNode extends StatementNode {
    private static final int TEST = 0;
    private static final int BODY = 1;
    private static final int UPDATE = 2;

    @Child private ToBooleanNode test;
    @Child private LoopBody body;
    @Child private StatementNode update;
    @Child private StatementNode perIteration;
    private final boolean testFirst;
    private final GeneratorSlots slots;
    private final int stateSlot;

    public GenLoopNode(ToBooleanNode test, LoopBody body, StatementNode update, StatementNode perIteration, boolean testFirst, GeneratorSlots slots,
                    int stateSlot) {
        this.test = test;
        this.body = body;
        this.update = update;
        this.perIteration = perIteration;
        this.testFirst = testFirst;
        this.slots = slots;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = slots.isResuming(frame) ? (Integer) frame.getObject(stateSlot) : (testFirst ? TEST : BODY);
        while (true) {
            if (state == TEST) {
                frame.setObject(stateSlot, TEST);
                if (test != null && !test.executeBoolean(frame)) {
                    return;
                }
                state = BODY;
            }
            if (state == BODY) {
                frame.setObject(stateSlot, BODY);
                if (!body.execute(frame)) {
                    return;
                }
                state = UPDATE;
            }
            frame.setObject(stateSlot, UPDATE);
            if (perIteration != null) {
                perIteration.executeVoid(frame);
            }
            if (update != null) {
                update.executeVoid(frame);
            }
            state = TEST;
        }
    }
}
