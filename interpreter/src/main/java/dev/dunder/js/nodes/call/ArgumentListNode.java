package dev.dunder.js.nodes.call;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.literals.ArrayLiteralNode;
import dev.dunder.runtime.js.JSException;

/** The arguments of a call, spread arguments ({@code f(...xs)}) iterated in place. */
public final class ArgumentListNode extends Node {
    @Children private final ExpressionNode[] args;
    private final boolean[] spread;
    private final boolean hasSpread;
    private final String[] spreadTexts;
    private final int pos;

    public ArgumentListNode(ExpressionNode[] args, boolean[] spread, String[] spreadTexts, int pos) {
        this.args = args;
        this.spread = spread;
        this.spreadTexts = spreadTexts;
        this.pos = pos;
        boolean any = false;
        for (boolean s : spread) {
            any |= s;
        }
        this.hasSpread = any;
    }

    @ExplodeLoop
    public Object[] execute(VirtualFrame frame) {
        if (!hasSpread) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].executeGeneric(frame);
            }
            return values;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            Object v = args[i].executeGeneric(frame);
            if (spread[i]) {
                try {
                    spreadInto(values, v, spreadTexts[i]);
                } catch (JSException e) {
                    throw e.setPositionIfAbsent(this, pos);
                }
            } else {
                add(values, v);
            }
        }
        return toArray(values);
    }

    @TruffleBoundary
    private static void spreadInto(List<Object> values, Object v, String text) {
        ArrayLiteralNode.spreadInto(values, v, text);
    }

    @TruffleBoundary
    private static void add(List<Object> values, Object v) {
        values.add(v);
    }

    @TruffleBoundary
    private static Object[] toArray(List<Object> values) {
        return values.toArray();
    }
}
