package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.runtime.js.model.Errors;

/**
 * Writes a declared variable. Modes: initialization (a declaration runs: ends the
 * dead zone), assignment (checks the dead zone and constness), and the silent
 * no-op of assigning a named function expression's own name in sloppy code.
 */
public final class WriteVariableNode {
    public enum Mode {
        INITIALIZE, ASSIGN, ASSIGN_CONST, ASSIGN_CALLEE_SLOPPY
    }

    private final VariableAccess.Kind kind;
    private final int index;
    private final Mode mode;
    private final boolean tdzCheck;
    private final String name;

    public WriteVariableNode(VariableAccess.Kind kind, int index, Mode mode, boolean tdzCheck, String name) {
        this.kind = kind;
        this.index = index;
        this.mode = mode;
        this.tdzCheck = tdzCheck;
        this.name = name;
    }

    /** Stores {@code value}; {@code node} and {@code pos} locate errors (the assignment operator). */
    public void write(VirtualFrame frame, Object value, com.oracle.truffle.api.nodes.Node node, int pos) {
        if (mode != Mode.INITIALIZE) {
            if (tdzCheck) {
                boolean uninitialized = kind == VariableAccess.Kind.LOCAL ? VariableAccess.readLocal(frame, index) == null
                                : VariableAccess.cell(frame, kind, index).get() == Tdz.INSTANCE;
                if (uninitialized) {
                    throw VariableAccess.tdzError(node, pos, name);
                }
            }
            if (mode == Mode.ASSIGN_CONST) {
                throw Errors.typeError(node, pos, "Assignment to constant variable.");
            }
            if (mode == Mode.ASSIGN_CALLEE_SLOPPY) {
                return;
            }
        }
        if (kind == VariableAccess.Kind.LOCAL) {
            VariableAccess.store(frame, index, value);
        } else {
            VariableAccess.cell(frame, kind, index).set(value);
        }
    }

    public String getName() {
        return name;
    }

    public Mode getMode() {
        return mode;
    }
}
