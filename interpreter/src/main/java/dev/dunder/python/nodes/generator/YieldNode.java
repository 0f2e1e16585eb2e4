package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PNone;

/**
 * {@code yield value}. The first time it runs it suspends the generator; when the
 * generator resumes, re-entering the statement leads back here, and the yield
 * evaluates to the value sent in (or raises the exception thrown in).
 */
public final class YieldNode extends PyExpressionNode {
    @Child private ExpressionNode value;
    private final GeneratorSlots slots;
    private final int stateSlot;

    public YieldNode(ExpressionNode value, GeneratorSlots slots, int stateSlot) {
        this.value = value;
        this.slots = slots;
        this.stateSlot = stateSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object state = frame.getObject(stateSlot);
        if (state instanceof GeneratorSlots.Done d) {
            return d.value();
        }
        if (state == GeneratorSlots.PENDING) {
            slots.stopResuming(frame);
            Object thrown = frame.getObject(slots.thrown());
            if (thrown != null) {
                frame.setObject(slots.thrown(), null);
                frame.setObject(stateSlot, null);
                PythonException e = (PythonException) thrown;
                if (!e.isFrameRecorded()) {
                    e.recordFrame(this);
                }
                throw e;
            }
            Object sent = frame.getObject(slots.sent());
            frame.setObject(stateSlot, new GeneratorSlots.Done(sent));
            return sent;
        }
        Object v = value == null ? PNone.NONE : value.executeGeneric(frame);
        frame.setObject(stateSlot, GeneratorSlots.PENDING);
        throw new YieldException(v);
    }
}
