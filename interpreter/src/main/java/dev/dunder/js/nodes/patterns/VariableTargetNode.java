package dev.dunder.js.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.js.nodes.vars.WriteVariableNode;

/** Stores into a declared variable. */
public final class VariableTargetNode extends BindingTargetNode {
    private final WriteVariableNode write;
    private final int pos;

    public VariableTargetNode(WriteVariableNode write, int pos) {
        this.write = write;
        this.pos = pos;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        write.write(frame, value, this, pos);
    }
}
