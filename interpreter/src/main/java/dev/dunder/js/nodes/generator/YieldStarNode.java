package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSGenerator;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * {@code yield* iterable} (§15.5.5): delegates to the inner iterator — each of its
 * values is yielded, what is sent in (next, throw, return) is passed on — and
 * evaluates to the inner iterator's return value.
 */
public final class YieldStarNode extends ExpressionNode {
    @Child private ExpressionNode iterable;
    private final GeneratorSlots slots;
    private final int stateSlot;
    private final int iteratorSlot;
    private final String iterableText;
    private final int pos;

    public YieldStarNode(ExpressionNode iterable, GeneratorSlots slots, int stateSlot, int iteratorSlot, String iterableText, int pos) {
        this.iterable = iterable;
        this.slots = slots;
        this.stateSlot = stateSlot;
        this.iteratorSlot = iteratorSlot;
        this.iterableText = iterableText;
        this.pos = pos;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object state = frame.getObject(stateSlot);
        if (state instanceof GeneratorSlots.Done d) {
            return d.value();
        }
        Object received = Undefined.INSTANCE;
        JSGenerator.Mode mode = JSGenerator.Mode.NEXT;
        JSRuntime.IteratorRecord it;
        if (state == GeneratorSlots.PENDING) {
            slots.stopResuming(frame);
            received = frame.getObject(slots.sent());
            mode = (JSGenerator.Mode) frame.getObject(slots.mode());
            it = (JSRuntime.IteratorRecord) frame.getObject(iteratorSlot);
        } else {
            Object v = iterable.executeGeneric(frame);
            try {
                it = getIterator(v, iterableText);
            } catch (JSException e) {
                throw e.raisedAt(this, pos);
            }
            frame.setObject(iteratorSlot, it);
        }
        JSObject result = step(it, received, mode);
        if (Conversions.toBoolean(result.get("done"))) {
            Object value = result.get("value");
            frame.setObject(iteratorSlot, null);
            if (mode == JSGenerator.Mode.RETURN) {
                frame.setObject(stateSlot, null);
                throw new GeneratorReturnException(value);
            }
            frame.setObject(stateSlot, new GeneratorSlots.Done(value));
            return value;
        }
        frame.setObject(stateSlot, GeneratorSlots.PENDING);
        throw new YieldException(result.get("value"));
    }

    @TruffleBoundary
    private static JSRuntime.IteratorRecord getIterator(Object v, String text) {
        if (JSRuntime.isNullish(v)) {
            throw Errors.typeError(text + " is not iterable");
        }
        return JSRuntime.getIterator(v, text);
    }

    /** One step of the inner iterator for what was sent in. */
    @TruffleBoundary
    private static JSObject step(JSRuntime.IteratorRecord it, Object received, JSGenerator.Mode mode) {
        Object result;
        switch (mode) {
            case THROW: {
                Object m = JSRuntime.getMethod(it.iterator(), "throw");
                if (m == null) {
                    JSRuntime.iteratorClose(it);
                    throw Errors.typeError("The iterator does not provide a 'throw' method");
                }
                result = JSRuntime.call(m, it.iterator(), received);
                break;
            }
            case RETURN: {
                Object m = JSRuntime.getMethod(it.iterator(), "return");
                if (m == null) {
                    throw new GeneratorReturnException(received);
                }
                result = JSRuntime.call(m, it.iterator(), received);
                break;
            }
            default:
                result = JSRuntime.call(it.next(), it.iterator(), received);
                break;
        }
        if (!(result instanceof JSObject r)) {
            throw Errors.typeError("Iterator result " + JSRuntime.toDisplayString(result) + " is not an object");
        }
        return r;
    }
}
