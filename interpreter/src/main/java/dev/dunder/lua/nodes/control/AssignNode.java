package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.local.LuaTargetNode;

/**
 * {@code t1, t2 = e1, e2}: Lua evaluates the tables and keys of the targets, then the
 * values, then stores them from the last target to the first.
 */
public final class AssignNode extends LuaStatementNode {
    @Children private final LuaTargetNode[] targets;
    @Child private ExplistNode values;
    @Child private ExpressionNode single;

    public AssignNode(LuaTargetNode[] targets, ExplistNode values, ExpressionNode single) {
        this.targets = targets;
        this.values = values;
        this.single = single;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (single != null) {
            LuaTargetNode t = targets[0];
            Object obj = t.evaluateObject(frame);
            Object key = t.evaluateKey(frame);
            t.store(frame, obj, key, single.executeGeneric(frame));
            return;
        }
        int n = targets.length;
        Object[] objs = new Object[n];
        Object[] keys = new Object[n];
        for (int i = 0; i < n; i++) {
            objs[i] = targets[i].evaluateObject(frame);
            keys[i] = targets[i].evaluateKey(frame);
        }
        Object[] vs = values.evaluate(frame, n);
        for (int i = n - 1; i >= 0; i--) {
            targets[i].store(frame, objs[i], keys[i], vs[i]);
        }
    }
}
