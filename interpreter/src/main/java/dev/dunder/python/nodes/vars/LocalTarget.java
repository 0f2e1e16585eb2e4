package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.runtime.common.Boxing;
import dev.dunder.runtime.python.PyErrors;

/**
 * Assigns a function local (frame slot). While a site has stored only ints (or only
 * floats) it stores them in a primitive slot, so compiled loops need not box them;
 * anything else goes in an object slot. Readers check the slot's tag, so sites that
 * disagree about a variable stay correct.
 */
public final class LocalTarget extends TargetNode {
    private static final int UNSEEN = 0;
    private static final int LONG = 1;
    private static final int DOUBLE = 2;
    private static final int OBJECT = 3;

    private final int slot;
    private final String name;
    @CompilationFinal private int kind = UNSEEN;

    public LocalTarget(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void executeAssign(VirtualFrame frame, Object value) {
        switch (kind) {
            case LONG -> {
                if (value instanceof Long l) {
                    frame.setLong(slot, l);
                    return;
                }
            }
            case DOUBLE -> {
                if (value instanceof Double d) {
                    frame.setDouble(slot, d);
                    return;
                }
            }
            case OBJECT -> {
                frame.setObject(slot, value);
                return;
            }
            default -> {
            }
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        if (kind == UNSEEN) {
            kind = value instanceof Long ? LONG : value instanceof Double ? DOUBLE : OBJECT;
        } else {
            kind = OBJECT;
        }
        executeAssign(frame, value);
    }

    public void assignLongX(VirtualFrame frame, long v) { frame.setLong(slot, v); }

    @Override
    public void executeAssignLong(VirtualFrame frame, long value) {
        if (kind == LONG) {
            frame.setLong(slot, value);
        } else {
            executeAssign(frame, Boxing.box(value));
        }
    }

    @Override
    public void executeAssignDouble(VirtualFrame frame, double value) {
        if (kind == DOUBLE) {
            frame.setDouble(slot, value);
        } else {
            executeAssign(frame, value);
        }
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        if (frame.getValue(slot) == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.unboundLocal(name);
        }
        frame.setObject(slot, null);
    }
}
