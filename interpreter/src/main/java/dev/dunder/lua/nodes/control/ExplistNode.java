package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.MultiValueNode;
import dev.dunder.runtime.lua.LuaNil;

/**
 * An expression list adjusted to a number of values, as Lua adjusts the right side of
 * {@code local}, assignments and {@code for ... in}: extra values are dropped (but
 * evaluated), missing ones are nil, and a call or {@code ...} in the last position
 * contributes as many values as needed.
 */
public final class ExplistNode extends Node {
    @Children private final ExpressionNode[] expressions;
    private final boolean lastIsMulti;

    public ExplistNode(ExpressionNode[] expressions, boolean lastIsMulti) {
        this.expressions = expressions;
        this.lastIsMulti = lastIsMulti;
    }

    /** Exactly {@code count} values. */
    @ExplodeLoop
    public Object[] evaluate(VirtualFrame frame, int count) {
        Object[] out = new Object[count];
        int n = expressions.length;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 && lastIsMulti) {
                Object[] rest = ((MultiValueNode) expressions[i]).executeMulti(frame);
                for (int j = 0; i + j < count; j++) {
                    out[i + j] = j < rest.length ? rest[j] : LuaNil.NIL;
                }
                return out;
            }
            Object v = expressions[i].executeGeneric(frame);
            if (i < count) {
                out[i] = v;
            }
        }
        for (int i = n; i < count; i++) {
            out[i] = LuaNil.NIL;
        }
        return out;
    }
}
