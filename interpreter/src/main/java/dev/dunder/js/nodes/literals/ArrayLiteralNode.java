package dev.dunder.js.nodes.literals;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.JSRuntime;

/**
 * {@code [a, , b, ...c]}: a new array; null elements are holes, spread elements are
 * iterated ({@code spread[i]} true).
 */
public final class ArrayLiteralNode extends ExpressionNode {
    @Children private final ExpressionNode[] elements;
    private final boolean[] spread;
    private final boolean hasSpread;
    private final String[] spreadTexts;
    private final int[] positions;

    public ArrayLiteralNode(ExpressionNode[] elements, boolean[] spread, String[] spreadTexts, int[] positions) {
        this.elements = elements;
        this.spread = spread;
        this.spreadTexts = spreadTexts;
        this.positions = positions;
        boolean any = false;
        for (boolean s : spread) {
            any |= s;
        }
        this.hasSpread = any;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        if (!hasSpread) {
            Object[] values = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                values[i] = elements[i] == null ? null : elements[i].executeGeneric(frame);
            }
            return JsLanguage.realm(this).newArray(values);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == null) {
                add(values, null);
            } else if (spread[i]) {
                Object v = elements[i].executeGeneric(frame);
                try {
                    spreadInto(values, v, spreadTexts[i]);
                } catch (JSException e) {
                    throw e.setPositionIfAbsent(this, positions[i]);
                }
            } else {
                add(values, elements[i].executeGeneric(frame));
            }
        }
        return JsLanguage.realm(this).newArray(toArray(values));
    }

    @TruffleBoundary
    private static void add(List<Object> list, Object v) {
        list.add(v);
    }

    @TruffleBoundary
    private static Object[] toArray(List<Object> list) {
        return list.toArray();
    }

    /** Iterates a spread operand into the list; V8 names the operand's text when it is not iterable. */
    @TruffleBoundary
    public static void spreadInto(List<Object> values, Object v, String text) {
        if (JSRuntime.isNullish(v)) {
            throw dev.dunder.runtime.js.model.Errors.typeError(text + " is not iterable");
        }
        JSRuntime.IteratorRecord it = JSRuntime.getIterator(v, text);
        Object next;
        while ((next = JSRuntime.iteratorStep(it)) != null) {
            values.add(next);
        }
    }
}
