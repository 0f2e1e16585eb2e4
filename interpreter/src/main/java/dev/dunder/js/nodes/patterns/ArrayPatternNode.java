package dev.dunder.js.nodes.patterns;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
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
    private final String sourceText;
    private final int pos;

    public ArrayPatternNode(BindingTargetNode[] elements, BindingTargetNode rest, String sourceText, int pos) {
        this.elements = elements;
        this.rest = rest;
        this.sourceText = sourceText;
        this.pos = pos;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        JSRuntime.IteratorRecord it;
        try {
            it = getIterator(value, sourceText);
        } catch (JSException e) {
            throw e.setPositionIfAbsent(this, pos);
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
                List<Object> remaining = new ArrayList<>();
                while (!done) {
                    Object next = step(it);
                    if (next == null) {
                        done = true;
                    } else {
                        add(remaining, next);
                    }
                }
                rest.execute(frame, JsLanguage.realm(this).newArray(remaining.toArray()));
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

    @TruffleBoundary
    private static void add(List<Object> list, Object v) {
        list.add(v);
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
