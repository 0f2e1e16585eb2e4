package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.local.DeclareLocalNode;
import dev.dunder.runtime.lua.LuaNil;

/** {@code local a, b = e1, e2}: the values adjusted to the variables, then the declarations. */
public final class LocalAssignNode extends LuaStatementNode {
    @Children private final DeclareLocalNode[] variables;
    @Child private ExplistNode values;
    @Child private ExpressionNode single;

    public LocalAssignNode(DeclareLocalNode[] variables, ExplistNode values, ExpressionNode single) {
        this.variables = variables;
        this.values = values;
        this.single = single;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (single != null) {
            variables[0].declare(frame, single.executeGeneric(frame));
            return;
        }
        if (values == null) {
            for (DeclareLocalNode v : variables) {
                v.declare(frame, LuaNil.NIL);
            }
            return;
        }
        Object[] vs = values.evaluate(frame, variables.length);
        for (int i = 0; i < variables.length; i++) {
            variables[i].declare(frame, vs[i]);
        }
    }
}
