package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.python.PyErrors;

/** A variable shared with closures: the frame slot holds a Cell. */
public final class ReadCellNode extends PyExpressionNode {
    private final int slot;
    private final String name;
    private final boolean free;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = ((Cell) frame.getObject(slot)).get();
        if (v == Cell.EMPTY) {
            CompilerDirectives.transferToInterpreter();
            throw located(free ? PyErrors.unboundFree(name) : PyErrors.unboundLocal(name));
        }
        return v;
    }
}
