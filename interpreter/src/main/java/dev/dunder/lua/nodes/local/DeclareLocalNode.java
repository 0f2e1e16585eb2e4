package dev.dunder.lua.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.common.Cell;

/**
 * Gives a newly declared local its first value: in the slot, or in a fresh Cell when a
 * closure captures it. A fresh Cell per execution is what gives each loop iteration its
 * own variable for the closures created in it.
 */
public final class DeclareLocalNode extends Node {
    private final int slot;
    private final boolean captured;

    public DeclareLocalNode(int slot, boolean captured) {
        this.slot = slot;
        this.captured = captured;
    }

    public void declare(VirtualFrame frame, Object value) {
        if (captured) {
            frame.setObject(slot, new Cell(value));
        } else {
            frame.setObject(slot, value);
        }
    }
}
