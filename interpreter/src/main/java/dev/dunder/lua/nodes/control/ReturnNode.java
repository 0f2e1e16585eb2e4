package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.ReturnException;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.MultiValueNode;
import dev.dunder.lua.nodes.call.CallNode;

/**
 * {@code return e1, e2, ...}. The result is one value, or an {@code Object[]} of zero or
 * several; {@code return f(x)} (when {@code tailCall}) lets the caller make the call,
 * Lua's proper tail call. As the last statement of a function body it is evaluated
 * directly by the body; elsewhere it unwinds with a {@link ReturnException}.
 */
public final class ReturnNode extends LuaStatementNode {
    private static final Object[] NONE = new Object[0];

    @Children private final ExpressionNode[] values;
    private final boolean lastIsMulti;
    private final boolean tailCall;

    public ReturnNode(ExpressionNode[] values, boolean lastIsMulti, boolean tailCall) {
        this.values = values;
        this.lastIsMulti = lastIsMulti;
        this.tailCall = tailCall;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(evaluate(frame));
    }

    @ExplodeLoop
    public Object evaluate(VirtualFrame frame) {
        int n = values.length;
        if (n == 0) {
            return NONE;
        }
        if (n == 1) {
            if (tailCall) {
                return ((CallNode) values[0]).executeTail(frame);
            }
            if (lastIsMulti) {
                return ((MultiValueNode) values[0]).executeMulti(frame);
            }
            return values[0].executeGeneric(frame);
        }
        if (!lastIsMulti) {
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[i] = values[i].executeGeneric(frame);
            }
            return out;
        }
        Object[] fixed = new Object[n - 1];
        for (int i = 0; i < n - 1; i++) {
            fixed[i] = values[i].executeGeneric(frame);
        }
        Object[] rest = ((MultiValueNode) values[n - 1]).executeMulti(frame);
        Object[] out = new Object[n - 1 + rest.length];
        System.arraycopy(fixed, 0, out, 0, n - 1);
        System.arraycopy(rest, 0, out, n - 1, rest.length);
        return out;
    }
}
