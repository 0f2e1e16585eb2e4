package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.vars.TargetNode;

/** {@code del a, b.c, d[e]}. */
public final class DeleteNode extends PyStatementNode {
    @Children private final TargetNode[] targets;

    public DeleteNode(TargetNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (TargetNode t : targets) {
            t.executeDelete(frame);
        }
    }
}
