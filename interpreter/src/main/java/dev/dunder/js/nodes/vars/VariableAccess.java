package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.ops.Conversions;

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

    /**
     * The kinds a frame-slot variable's slot may take, kept in the frame descriptor and so
     * shared by every activation of the function: Illegal (nothing stored yet), then Int, then
     * Double, then Object, and never back. A write stores what the kind allows (an int into a
     * Double slot as a double), so a variable that once held a double is a double from its
     * first assignment in every later call: a compiled loop then never sees its slot change
     * from int to double midway, which would box the value on every iteration.
     */
    public static boolean allowsInt(VirtualFrame frame, int slot) {
        FrameSlotKind k = frame.getFrameDescriptor().getSlotKind(slot);
        return k == FrameSlotKind.Int || k == FrameSlotKind.Illegal;
    }

    public static boolean allowsDouble(VirtualFrame frame, int slot) {
        FrameSlotKind k = frame.getFrameDescriptor().getSlotKind(slot);
        return k == FrameSlotKind.Double || k == FrameSlotKind.Int || k == FrameSlotKind.Illegal;
    }

    public static void storeInt(VirtualFrame frame, int slot, int value) {
        widen(frame, slot, FrameSlotKind.Int);
        frame.setInt(slot, value);
    }

    public static void storeDouble(VirtualFrame frame, int slot, double value) {
        widen(frame, slot, FrameSlotKind.Double);
        frame.setDouble(slot, value);
    }

    public static void storeObject(VirtualFrame frame, int slot, Object value) {
        widen(frame, slot, FrameSlotKind.Object);
        frame.setObject(slot, value);
    }

    /** Any value, stored as its slot's kind allows (the generic paths). */
    public static void store(VirtualFrame frame, int slot, Object value) {
        if (value instanceof Integer i && allowsInt(frame, slot)) {
            storeInt(frame, slot, i);
        } else if (Conversions.isNumber(value) && allowsDouble(frame, slot)) {
            storeDouble(frame, slot, Conversions.numberValue(value));
        } else {
            storeObject(frame, slot, value);
        }
    }

    private static void widen(VirtualFrame frame, int slot, FrameSlotKind kind) {
        FrameDescriptor d = frame.getFrameDescriptor();
        if (d.getSlotKind(slot) != kind) {
            d.setSlotKind(slot, kind); // invalidates the compiled code that assumed the narrower kind
        }
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
