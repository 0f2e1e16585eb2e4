package dev.dunder.js.nodes.patterns;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.access.PlainArrayCheckNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.Accessor;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * {@code [a, , b = 1, ...rest] = value}: takes values from the value's iterator one
 * by one (holes skip one), the rest element gets a new array of what is left, and
 * the iterator is closed when the pattern did not exhaust it.
 */
public final class ArrayPatternNode extends BindingTargetNode {
    /** Null entries are holes. */
    @Children private final BindingTargetNode[] elements;
    @Child private BindingTargetNode rest;
    @Child private PlainArrayCheckNode plainArray = PlainArrayCheckNode.create();
    private final String sourceText;
    private final int pos;

    public ArrayPatternNode(BindingTargetNode[] elements, BindingTargetNode rest, String sourceText, int pos) {
        this.elements = elements;
        this.rest = rest;
        this.sourceText = sourceText;
        this.pos = pos;
    }

    /** Exploded: each element target is a separate child call, so the frame never escapes into an unknown one. */
    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Object value) {
        if (value instanceof JSArray array && plainArray.execute(array)) {
            fromArray(frame, array);
            return;
        }
        JSRuntime.IteratorRecord it;
        try {
            it = getIterator(value, sourceText);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
        boolean done = false;
        try {
            for (int i = 0; i < elements.length; i++) {
                Object v = Undefined.INSTANCE;
                if (!done) {
                    Object next = step(it);
                    if (next == null) {
                        done = true;
                    } else {
                        v = next;
                    }
                }
                if (elements[i] != null) {
                    elements[i].execute(frame, v);
                }
            }
            if (rest != null) {
                Object[] remaining = done ? new Object[0] : drain(it);
                done = true;
                rest.execute(frame, JsLanguage.realm(this).newArray(remaining));
            }
        } catch (JSException e) {
            if (!done) {
                JSRuntime.iteratorCloseQuietly(it);
            }
            throw e;
        } catch (ControlFlowException e) {
            if (!done) {
                JSRuntime.iteratorClose(it);
            }
            throw e;
        }
        if (!done) {
            JSRuntime.iteratorClose(it);
        }
    }

    /** An array whose iteration is plain: its elements by index, as its iterator would give them. */
    @ExplodeLoop
    private void fromArray(VirtualFrame frame, JSArray array) {
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] != null) {
                Object v = Undefined.INSTANCE;
                if (i < array.getLength()) {
                    v = array.getElementSlot(i);
                    if (v == null || v instanceof Accessor) {
                        v = array.getElement(i, array);
                    }
                }
                elements[i].execute(frame, v);
            }
        }
        if (rest != null) {
            rest.execute(frame, JsLanguage.realm(this).newArray(remaining(array, elements.length)));
        }
    }

    @TruffleBoundary
    private static Object[] remaining(JSArray array, int from) {
        List<Object> out = new ArrayList<>();
        for (long i = from; i < array.getLength(); i++) {
            out.add(array.getElement(i, array));
        }
        return out.toArray();
    }

    /** What the iterator has left, for the rest element (a loop of its own, outside the exploded one). */
    @TruffleBoundary
    private static Object[] drain(JSRuntime.IteratorRecord it) {
        List<Object> remaining = new ArrayList<>();
        for (Object next = JSRuntime.iteratorStep(it); next != null; next = JSRuntime.iteratorStep(it)) {
            remaining.add(next);
        }
        return remaining.toArray();
    }

    @TruffleBoundary
    private static Object step(JSRuntime.IteratorRecord it) {
        return JSRuntime.iteratorStep(it);
    }

    /** Declarations name the initializer's text ("{} is not iterable"); assignments and parameters the value's type. */
    @TruffleBoundary
    private static JSRuntime.IteratorRecord getIterator(Object value, String sourceText) {
        if (sourceText == null) {
            return JSRuntime.getIterator(value);
        }
        if (JSRuntime.isNullish(value)) {
            throw Errors.typeError(sourceText + " is not iterable");
        }
        return JSRuntime.getIterator(value, sourceText);
    }
}
