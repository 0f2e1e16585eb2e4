package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.runtime.common.Cell;

/**
 * Creates a binding when its scope is entered: the initial value in its frame slot,
 * or, for a captured binding, in a new Cell (so each entry of a block or loop body
 * gets its own variable, which closures created there keep).
 */
public final class InitSlotNode extends StatementNode {
    private final int slot;
    private final boolean captured;
    @Child private ExpressionNode value;

    public InitSlotNode(int slot, boolean captured, ExpressionNode value) {
        this.slot = slot;
        this.captured = captured;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (captured) {
            frame.setObject(slot, new Cell(v));
        } else if (v == Tdz.INSTANCE || v == dev.dunder.runtime.js.objects.Undefined.INSTANCE) {
            // an uninitialized frame-slot variable is a cleared slot (keeps the slot's number type)
            frame.clear(slot);
        } else {
            VariableAccess.store(frame, slot, v);
        }
    }
}
