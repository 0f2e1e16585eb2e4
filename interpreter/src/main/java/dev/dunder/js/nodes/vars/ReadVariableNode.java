package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;

/** Reads a declared variable; with {@code tdzCheck}, an uninitialized one is a ReferenceError. */
public final class ReadVariableNode extends ExpressionNode {
    private final VariableAccess.Kind kind;
    private final int index;
    private final boolean tdzCheck;
    private final String name;
    private final int pos;

    public ReadVariableNode(VariableAccess.Kind kind, int index, boolean tdzCheck, String name, int pos) {
        this.kind = kind;
        this.index = index;
        this.tdzCheck = tdzCheck;
        this.name = name;
        this.pos = pos;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = kind == VariableAccess.Kind.LOCAL ? frame.getObject(index) : VariableAccess.cell(frame, kind, index).get();
        if (tdzCheck && v == Tdz.INSTANCE) {
            throw VariableAccess.tdzError(this, pos, name);
        }
        return v;
    }

    public String getName() {
        return name;
    }
}
