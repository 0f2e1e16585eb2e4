package dev.dunder.python.nodes.collections;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PSlice;

/** {@code a:b:c} inside brackets: a slice object (absent parts are None). */
public final class SliceNode extends PyExpressionNode {
    @Child private ExpressionNode start;
    @Child private ExpressionNode stop;
    @Child private ExpressionNode step;

    public SliceNode(ExpressionNode start, ExpressionNode stop, ExpressionNode step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object a = start == null ? PNone.NONE : start.executeGeneric(frame);
        Object b = stop == null ? PNone.NONE : stop.executeGeneric(frame);
        Object c = step == null ? PNone.NONE : step.executeGeneric(frame);
        return new PSlice(a, b, c);
    }
}
