package dev.dunder.js.nodes.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.control.IteratorStepNode;
import dev.dunder.js.nodes.control.LoopBody;
import dev.dunder.js.nodes.patterns.BindingTargetNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyDescriptor;

/**
 * {@code for...of} and {@code for...in} in a generator: the iterator (or the list of
 * keys and the position) lives in frame slots, so a generator suspended inside the body
 * continues the same iteration.
 */
public final class GenForInOfNode extends StatementNode {
    @Child private ExpressionNode iterable;
    @Child private StatementNode iterationScope;
    @Child private BindingTargetNode target;
    @Child private LoopBody body;
    @Child private IteratorStepNode step = IteratorStepNode.create();
    private final boolean isOf;
    private final String iterableText;
    private final GeneratorSlots slots;
    private final int iteratorSlot;
    private final int stateSlot;

    public GenForInOfNode(boolean isOf, ExpressionNode iterable, StatementNode iterationScope, BindingTargetNode target, LoopBody body, String iterableText,
                    GeneratorSlots slots, int iteratorSlot, int stateSlot) {
        this.isOf = isOf;
        this.iterable = iterable;
        this.iterationScope = iterationScope;
        this.target = target;
        this.body = body;
        this.iterableText = iterableText;
        this.slots = slots;
        this.iteratorSlot = iteratorSlot;
        this.stateSlot = stateSlot;
    }

    /** for-in's state: the keys found when the loop started and the next position. */
    private static final class Keys {
        final List<Object[]> keys;
        int next;

        Keys(List<Object[]> keys) {
            this.keys = keys;
        }
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean inBody = slots.isResuming(frame) && Integer.valueOf(1).equals(frame.getObject(stateSlot));
        Object state;
        if (inBody) {
            state = frame.getObject(iteratorSlot);
        } else {
            frame.setObject(stateSlot, 0);
            Object value = iterable.executeGeneric(frame);
            state = isOf ? iterator(value) : new Keys(keys(value));
            frame.setObject(iteratorSlot, state);
        }
        while (true) {
                if (!inBody) {
                    Object next = isOf ? step.execute((JSRuntime.IteratorRecord) state) : nextKey((Keys) state);
                    if (next == null) {
                        break;
                    }
                    if (iterationScope != null) {
                        iterationScope.executeVoid(frame);
                    }
                    target.execute(frame, next);
                }
                inBody = false;
                frame.setObject(stateSlot, 1);
                boolean goOn;
                try {
                    goOn = body.execute(frame);
                } catch (YieldException y) {
                    throw y;
                } catch (JSException e) {
                    if (isOf) {
                        JSRuntime.iteratorCloseQuietly((JSRuntime.IteratorRecord) state);
                    }
                    throw e;
                } catch (ControlFlowException e) {
                    if (isOf) {
                        close((JSRuntime.IteratorRecord) state);
                    }
                    throw e;
                }
                if (!goOn) {
                    if (isOf) {
                        close((JSRuntime.IteratorRecord) state);
                    }
                    break;
                }
        }
        frame.setObject(iteratorSlot, null);
        frame.setObject(stateSlot, 0);
    }

    @TruffleBoundary
    private JSRuntime.IteratorRecord iterator(Object value) {
        if (JSRuntime.isNullish(value)) {
            throw Errors.typeError(iterableText + " is not iterable");
        }
        return JSRuntime.getIterator(value, iterableText);
    }

    @TruffleBoundary
    private static void close(JSRuntime.IteratorRecord it) {
        JSRuntime.iteratorClose(it);
    }

    @TruffleBoundary
    private static Object nextKey(Keys k) {
        while (k.next < k.keys.size()) {
            Object[] entry = k.keys.get(k.next++);
            if (((JSObject) entry[1]).getOwnProperty(entry[0]) != null) {
                return entry[0];
            }
        }
        return null;
    }

    @TruffleBoundary
    private static List<Object[]> keys(Object value) {
        List<Object[]> out = new ArrayList<>();
        if (JSRuntime.isNullish(value)) {
            return out;
        }
        Set<Object> seen = new HashSet<>();
        for (JSObject o = JSRuntime.toObject(value); o != null; o = o.getPrototypeOf()) {
            for (Object k : o.ownPropertyKeys()) {
                if (k instanceof String && seen.add(k)) {
                    PropertyDescriptor d = o.getOwnProperty(k);
                    if (d != null && d.enumerable) {
                        out.add(new Object[]{k, o});
                    }
                }
            }
        }
        return out;
    }
}
