package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PySequences;

/** {@code container[key] = value} / {@code del container[key]}. */
public final class SubscriptTarget extends TargetNode {
    @Child private ExpressionNode container;
    @Child private ExpressionNode key;

    public SubscriptTarget(ExpressionNode container, ExpressionNode key) {
        this.container = container;
        this.key = key;
    }

    @Override
    public void executeAssign(VirtualFrame frame, Object value) {
        Object c = container.executeGeneric(frame);
        Object k = key.executeGeneric(frame);
        if (c instanceof PList l && k instanceof Long i && l.getPyClass() == PyTypes.LIST && i >= 0 && i < l.size()) {
            l.set((int) (long) i, value);
            return;
        }
        try {
            setItem(c, k, value);
        } catch (dev.dunder.runtime.python.PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static void setItem(Object c, Object k, Object value) {
        PySequences.setItem(c, k, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        Object c = container.executeGeneric(frame);
        Object k = key.executeGeneric(frame);
        try {
            delItem(c, k);
        } catch (dev.dunder.runtime.python.PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static void delItem(Object c, Object k) {
        PySequences.delItem(c, k);
    }
}
