package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.patterns.BindingTargetNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.Accessor;
import dev.dunder.runtime.js.objects.JSArray;

/**
 * {@code for (target of iterable) body} (§14.7.5): the iterator protocol, closing the
 * iterator when the loop is left early. Arrays whose iteration nobody redefined are
 * walked by index, which is what their iterator would do. One Truffle loop node (so
 * long loops get on-stack replacement); the array or iterator and the position live in
 * frame slots.
 */
public final class ForOfNode extends StatementNode {
    @Child private ExpressionNode iterable;
    @Child private LoopNode loop;
    @Child private dev.dunder.js.nodes.access.PlainArrayCheckNode plainArray = dev.dunder.js.nodes.access.PlainArrayCheckNode.create();
    private final String iterableText;
    private final int iterablePos;
    private final int stateSlot;
    private final int indexSlot;

    public ForOfNode(ExpressionNode iterable, StatementNode iterationScope, BindingTargetNode target, LoopBody body, String iterableText, int iterablePos,
                    int stateSlot, int indexSlot) {
        this.iterable = iterable;
        this.iterableText = iterableText;
        this.iterablePos = iterablePos;
        this.stateSlot = stateSlot;
        this.indexSlot = indexSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Repeat(iterationScope, target, body, stateSlot, indexSlot));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = iterable.executeGeneric(frame);
        if (value instanceof JSArray array && plainArray.execute(array)) {
            frame.setObject(stateSlot, array);
        } else {
            frame.setObject(stateSlot, getIterator(value));
        }
        frame.setLong(indexSlot, 0);
        loop.execute(frame);
        frame.setObject(stateSlot, null);
    }

    @TruffleBoundary
    private JSRuntime.IteratorRecord getIterator(Object value) {
        try {
            if (JSRuntime.isNullish(value)) {
                throw Errors.typeError(iterableText + " is not iterable");
            }
            return JSRuntime.getIterator(value, iterableText);
        } catch (JSException e) {
            throw e.setPositionIfAbsent(this, iterablePos);
        }
    }

    private static final class Repeat extends Node implements RepeatingNode {
        @Child private StatementNode iterationScope;
        @Child private BindingTargetNode target;
        @Child private LoopBody body;
        @Child private IteratorStepNode step = IteratorStepNode.create();
        private final int stateSlot;
        private final int indexSlot;

        Repeat(StatementNode iterationScope, BindingTargetNode target, LoopBody body, int stateSlot, int indexSlot) {
            this.iterationScope = iterationScope;
            this.target = target;
            this.body = body;
            this.stateSlot = stateSlot;
            this.indexSlot = indexSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object state = frame.getObject(stateSlot);
            if (state instanceof JSArray array) {
                long i = frame.getLong(indexSlot);
                if (i >= array.getLength()) {
                    return false;
                }
                Object element = array.getElementSlot(i);
                if (element == null || element instanceof Accessor) {
                    element = array.getElement(i, array);
                }
                frame.setLong(indexSlot, i + 1);
                return iterate(frame, element);
            }
            JSRuntime.IteratorRecord it = (JSRuntime.IteratorRecord) state;
            Object next = step.execute(it);
            if (next == null) {
                return false;
            }
            boolean goOn;
            try {
                goOn = iterate(frame, next);
            } catch (JSException e) {
                JSRuntime.iteratorCloseQuietly(it);
                throw e;
            } catch (ControlFlowException e) {
                close(it);
                throw e;
            }
            if (!goOn) {
                close(it);
            }
            return goOn;
        }

        private boolean iterate(VirtualFrame frame, Object element) {
            if (iterationScope != null) {
                iterationScope.executeVoid(frame);
            }
            target.execute(frame, element);
            return body.execute(frame);
        }

        @TruffleBoundary
        private static void close(JSRuntime.IteratorRecord it) {
            JSRuntime.iteratorClose(it);
        }
    }
}
