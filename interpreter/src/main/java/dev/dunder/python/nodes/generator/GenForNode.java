package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ContinueException;
import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.vars.TargetNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.ops.PyIter;

/** {@code for} in a generator: state 0 = getting the iterator, 1 = in the body, 2 = in else. */
public final class GenForNode extends PyStatementNode {
    @Child private ExpressionNode iterable;
    @Child private TargetNode target;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    private final GeneratorSlots slots;
    private final int iteratorSlot;
    private final int stateSlot;

    public GenForNode(ExpressionNode iterable, TargetNode target, StatementNode body, StatementNode orelse, GeneratorSlots slots, int iteratorSlot, int stateSlot) {
        this.iterable = iterable;
        this.target = target;
        this.body = body;
        this.orelse = orelse;
        this.slots = slots;
        this.iteratorSlot = iteratorSlot;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object state = slots.isResuming(frame) ? frame.getObject(stateSlot) : null;
        boolean inBody = Integer.valueOf(1).equals(state);
        boolean inOrelse = Integer.valueOf(2).equals(state);
        if (!inBody && !inOrelse) {
            frame.setObject(stateSlot, 0);
            Object source = iterable.executeGeneric(frame);
            try {
                frame.setObject(iteratorSlot, iter(source));
            } catch (PythonException e) {
                throw located(e);
            }
        }
        if (!inOrelse) {
            Object it = frame.getObject(iteratorSlot);
            while (true) {
                if (!inBody) {
                    Object v;
                    try {
                        v = next(it);
                    } catch (PythonException e) {
                        throw located(e);
                    }
                    if (v == null) {
                        break;
                    }
                    target.executeAssign(frame, v);
                }
                inBody = false;
                frame.setObject(stateSlot, 1);
                try {
                    body.executeVoid(frame);
                } catch (ContinueException c) {
                    // next item
                } catch (BreakException b) {
                    finish(frame);
                    return;
                }
            }
        }
        if (orelse != null) {
            frame.setObject(stateSlot, 2);
            orelse.executeVoid(frame);
        }
        finish(frame);
    }

    private void finish(VirtualFrame frame) {
        frame.setObject(stateSlot, 0);
        frame.setObject(iteratorSlot, null);
    }

    @TruffleBoundary
    private static Object iter(Object o) {
        return PyIter.iter(o);
    }

    @TruffleBoundary
    private static Object next(Object it) {
        return PyIter.next(it);
    }
}
