package dev.dunder.js.nodes.literals;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.ops.Conversions;

/** {@code `text ${a} more ${b}`}: the strings with ToString of each substitution between them. */
public final class TemplateNode extends ExpressionNode {
    private final String[] strings;
    @Children private final ExpressionNode[] substitutions;
    private final int pos;

    public TemplateNode(String[] strings, ExpressionNode[] substitutions, int pos) {
        this.strings = strings;
        this.substitutions = substitutions;
        this.pos = pos;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = new Object[substitutions.length];
        for (int i = 0; i < substitutions.length; i++) {
            values[i] = substitutions[i].executeGeneric(frame);
        }
        try {
            return join(strings, values);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
    }

    @TruffleBoundary
    private static String join(String[] strings, Object[] values) {
        StringBuilder b = new StringBuilder(strings[0]);
        for (int i = 0; i < values.length; i++) {
            b.append(Conversions.toString(values[i]));
            b.append(strings[i + 1]);
        }
        return b.toString();
    }
}
