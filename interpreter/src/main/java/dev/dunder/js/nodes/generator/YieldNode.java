package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.objects.JSGenerator;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * {@code yield value}. The first time it runs it suspends the generator; when the
 * generator resumes, re-entering the statement leads back here, and the yield
 * evaluates to the value sent in — or throws it ({@code throw}) or returns
 * ({@code return}).
 */
public final class YieldNode extends ExpressionNode {
    @Child private ExpressionNode value;
    private final GeneratorSlots slots;
    private final int stateSlot;
    private final int pos;

    public YieldNode(ExpressionNode value, GeneratorSlots slots, int stateSlot, int pos) {
        this.value = value;
        this.slots = slots;
        this.stateSlot = stateSlot;
        this.pos = pos;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object state = frame.getObject(stateSlot);
        if (state instanceof GeneratorSlots.Done d) {
            return d.value();
        }
        if (state == GeneratorSlots.PENDING) {
            slots.stopResuming(frame);
            Object sent = frame.getObject(slots.sent());
            JSGenerator.Mode mode = (JSGenerator.Mode) frame.getObject(slots.mode());
            if (mode == JSGenerator.Mode.THROW) {
                frame.setObject(stateSlot, null);
                throw new JSException(sent, this, pos);
            }
            if (mode == JSGenerator.Mode.RETURN) {
                frame.setObject(stateSlot, null);
                throw new GeneratorReturnException(sent);
            }
            frame.setObject(stateSlot, new GeneratorSlots.Done(sent));
            return sent;
        }
        Object v = value == null ? Undefined.INSTANCE : value.executeGeneric(frame);
        frame.setObject(stateSlot, GeneratorSlots.PENDING);
        throw new YieldException(v);
    }
}
