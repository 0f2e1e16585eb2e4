package dev.dunder.lua.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.lua.nodes.LuaExpressionNode;

/** nil, a boolean, a number or a string literal. */
public final class ConstantNode extends LuaExpressionNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
