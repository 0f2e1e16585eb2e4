package dev.dunder.lua.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.lua.nodes.MultiValueNode;
import dev.dunder.runtime.lua.LuaNil;

/** {@code ...}: the extra arguments of a vararg function, kept in a frame slot. */
public final class VarargNode extends LuaExpressionNode implements MultiValueNode {
    private final int slot;

    public VarargNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = (Object[]) frame.getObject(slot);
        return values.length == 0 ? LuaNil.NIL : values[0];
    }

    @Override
    public Object[] executeMulti(VirtualFrame frame) {
        return (Object[]) frame.getObject(slot);
    }
}
