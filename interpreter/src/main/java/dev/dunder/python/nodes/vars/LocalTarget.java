package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.runtime.python.PyErrors;

/** Assigns a function local (frame slot). */
public final class LocalTarget extends TargetNode {
    private final int slot;
    private final String name;

    public LocalTarget(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void executeAssign(VirtualFrame frame, Object value) {
        frame.setObject(slot, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        if (frame.getObject(slot) == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.unboundLocal(name);
        }
        frame.setObject(slot, null);
    }
}
