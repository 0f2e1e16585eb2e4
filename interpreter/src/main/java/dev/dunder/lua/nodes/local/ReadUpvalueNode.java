package dev.dunder.lua.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.runtime.lua.LuaClosure;

/** Reads an upvalue: a variable of an enclosing function, through the running closure's Cell. */
public final class ReadUpvalueNode extends LuaExpressionNode {
    private final int index;

    public ReadUpvalueNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return ((LuaClosure) frame.getArguments()[0]).getUpvalues()[index].get();
    }
}
