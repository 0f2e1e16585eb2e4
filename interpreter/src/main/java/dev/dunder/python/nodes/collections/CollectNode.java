package dev.dunder.python.nodes.collections;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PSet;

/** The innermost step of a list/set/dict comprehension: add one element to the result held in a slot. */
public final class CollectNode extends PyStatementNode {
    @Child private ExpressionNode key;
    @Child private ExpressionNode value;
    private final int resultSlot;

    /** {@code key} is null for list and set comprehensions. */
    public CollectNode(int resultSlot, ExpressionNode key, ExpressionNode value) {
        this.resultSlot = resultSlot;
        this.key = key;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = frame.getObject(resultSlot);
        Object k = key == null ? null : key.executeGeneric(frame);
        Object v = value.executeGeneric(frame);
        if (result instanceof PList l) {
            l.append(v);
            return;
        }
        try {
            add(result, k, v);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static void add(Object result, Object k, Object v) {
        if (result instanceof PDict d) {
            d.setItem(k, v);
        } else {
            ((PSet) result).getTable().add(v);
        }
    }
}
