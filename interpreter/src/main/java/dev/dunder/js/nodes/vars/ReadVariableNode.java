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
    /** Reports an uninitialized binding as {@link Tdz#INSTANCE} instead of failing (super() checks {@code this}). */
    private boolean raw;

    public ReadVariableNode(VariableAccess.Kind kind, int index, boolean tdzCheck, String name, int pos) {
        this.kind = kind;
        this.index = index;
        this.tdzCheck = tdzCheck;
        this.name = name;
        this.pos = pos;
    }

    /** A read that yields {@link Tdz#INSTANCE} for an uninitialized binding. */
    public static ReadVariableNode raw(VariableAccess.Kind kind, int index, String name, int pos) {
        ReadVariableNode n = new ReadVariableNode(kind, index, false, name, pos);
        n.raw = true;
        return n;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (kind == VariableAccess.Kind.LOCAL) {
            Object v = VariableAccess.readLocal(frame, index);
            if (v == null) {
                if (tdzCheck) {
                    throw VariableAccess.tdzError(this, pos, name);
                }
                return raw ? Tdz.INSTANCE : dev.dunder.runtime.js.objects.Undefined.INSTANCE;
            }
            return v;
        }
        Object v = VariableAccess.cell(frame, kind, index).get();
        if (tdzCheck && v == Tdz.INSTANCE) {
            throw VariableAccess.tdzError(this, pos, name);
        }
        return v;
    }

    public String getName() {
        return name;
    }
}
