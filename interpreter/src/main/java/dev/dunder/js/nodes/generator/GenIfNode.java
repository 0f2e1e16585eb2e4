package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.ops.ToBooleanNode;

/** {@code if} in a generator: remembers the branch taken (1 then, 2 else) so a resumed generator goes back into it. */
public final class GenIfNode extends StatementNode {
    @Child private ToBooleanNode test;
    @Child private StatementNode then;
    @Child private StatementNode otherwise;
    private final GeneratorSlots slots;
    private final int stateSlot;

    public GenIfNode(ToBooleanNode test, StatementNode then, StatementNode otherwise, GeneratorSlots slots, int stateSlot) {
        this.test = test;
        this.then = then;
        this.otherwise = otherwise;
        this.slots = slots;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = slots.isResuming(frame) ? (Integer) frame.getObject(stateSlot) : 0;
        if (state == 0) {
            frame.setObject(stateSlot, 0);
            state = test.executeBoolean(frame) ? 1 : 2;
            frame.setObject(stateSlot, state);
        }
        if (state == 1) {
            then.executeVoid(frame);
        } else if (otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }
}
