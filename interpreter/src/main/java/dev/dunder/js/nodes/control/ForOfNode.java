package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.LoopNode;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.patterns.BindingTargetNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSArray;

/**
 * {@code for (target of iterable) body} (§14.7.5): the iterator protocol, closing the
 * iterator when the loop is left early. Arrays whose iteration nobody redefined are
 * walked by index, which is what their iterator would do.
 */
public final class ForOfNode extends StatementNode {
    @Child private ExpressionNode iterable;
    @Child private StatementNode iterationScope;
    @Child private BindingTargetNode target;
    @Child private LoopBody body;
    private final String iterableText;
    private final int iterablePos;

    public ForOfNode(ExpressionNode iterable, StatementNode iterationScope, BindingTargetNode target, LoopBody body, String iterableText, int iterablePos) {
        this.iterable = iterable;
        this.iterationScope = iterationScope;
        this.target = target;
        this.body = body;
        this.iterableText = iterableText;
        this.iterablePos = iterablePos;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = iterable.executeGeneric(frame);
        if (value instanceof JSArray array && isPlain(array)) {
            int count = 0;
            for (long i = 0; i < array.getLength(); i++) {
                Object element = array.getElementSlot(i);
                if (element == null) {
                    element = array.getElement(i, array);
                }
                count++;
                if (!iterate(frame, element)) {
                    break;
                }
            }
            LoopNode.reportLoopCount(this, count);
            return;
        }
        JSRuntime.IteratorRecord it = getIterator(value);
        int count = 0;
        while (true) {
            Object next = step(it);
            if (next == null) {
                break;
            }
            count++;
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
                break;
            }
        }
        LoopNode.reportLoopCount(this, count);
    }

    private boolean iterate(VirtualFrame frame, Object element) {
        if (iterationScope != null) {
            iterationScope.executeVoid(frame);
        }
        target.execute(frame, element);
        return body.execute(frame);
    }

    @TruffleBoundary
    private static boolean isPlain(JSArray array) {
        return JSRuntime.isPlainArrayIteration(array);
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

    @TruffleBoundary
    private static Object step(JSRuntime.IteratorRecord it) {
        return JSRuntime.iteratorStep(it);
    }

    @TruffleBoundary
    private static void close(JSRuntime.IteratorRecord it) {
        JSRuntime.iteratorClose(it);
    }
}
