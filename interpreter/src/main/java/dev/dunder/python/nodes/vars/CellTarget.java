package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.python.PyErrors;

/** Assigns a variable shared with closures (through its Cell). */
public final class CellTarget extends TargetNode {
    private final int slot;
    private final String name;

    public CellTarget(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void executeAssign(VirtualFrame frame, Object value) {
        ((Cell) frame.getObject(slot)).set(value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        Cell c = (Cell) frame.getObject(slot);
        if (c.isEmpty()) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.unboundLocal(name);
        }
        c.clear();
    }
}
