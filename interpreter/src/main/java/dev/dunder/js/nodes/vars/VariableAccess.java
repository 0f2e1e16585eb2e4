package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSFunction;

/**
 * Where a variable lives, seen from one function: a plain frame slot, a frame slot
 * holding the Cell of a captured variable, or a Cell in the running closure's
 * captures array. The read and write nodes share this.
 */
public abstract class VariableAccess {
    public enum Kind {
        LOCAL, LOCAL_CELL, CAPTURED
    }

    private VariableAccess() {
    }

    public static Cell cell(VirtualFrame frame, Kind kind, int index) {
        if (kind == Kind.LOCAL_CELL) {
            return (Cell) frame.getObject(index);
        }
        return (Cell) ((JSFunction) frame.getArguments()[JSFunction.FUNCTION]).getCaptures()[index];
    }

    /** A frame-slot variable's value (numbers boxed), or null while the slot is cleared (not initialized). */
    public static Object readLocal(VirtualFrame frame, int slot) {
        byte tag = frame.getTag(slot);
        if (tag == com.oracle.truffle.api.frame.FrameSlotKind.Int.tag) {
            return frame.getInt(slot);
        }
        if (tag == com.oracle.truffle.api.frame.FrameSlotKind.Double.tag) {
            return frame.getDouble(slot);
        }
        if (tag == com.oracle.truffle.api.frame.FrameSlotKind.Object.tag) {
            return frame.getObject(slot);
        }
        return null;
    }

    /** "Cannot access 'x' before initialization". */
    public static JSException tdzError(Node node, int pos, String name) {
        CompilerDirectives.transferToInterpreter();
        if (name.equals("this")) {
            return Errors.referenceError(node, pos, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
        }
        return Errors.referenceError(node, pos, "Cannot access '" + name + "' before initialization");
    }
}
