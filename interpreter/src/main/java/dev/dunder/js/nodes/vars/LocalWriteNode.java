package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.JSTypes;
import dev.dunder.runtime.js.model.Errors;

/**
 * {@code x = value} (or a declaration's initializer) for a variable in its own frame
 * slot: numbers are stored unboxed (ints as ints until the variable has held a double)
 * while the slot only ever holds numbers (the kinds: {@link VariableAccess#allowsInt}). Assignments
 * check the dead zone and constness first; the value is the expression's result.
 */
@TypeSystemReference(JSTypes.class)
@NodeChild(value = "value", type = ExpressionNode.class)
public abstract class LocalWriteNode extends ExpressionNode {
    protected final int slot;
    private final WriteVariableNode.Mode mode;
    private final boolean tdz;
    private final String name;
    private final int pos;

    protected LocalWriteNode(int slot, WriteVariableNode.Mode mode, boolean tdz, String name, int pos) {
        this.slot = slot;
        this.mode = mode;
        this.tdz = tdz;
        this.name = name;
        this.pos = pos;
    }

    public static LocalWriteNode create(int slot, WriteVariableNode.Mode mode, boolean tdz, String name, int pos, ExpressionNode value) {
        return LocalWriteNodeGen.create(slot, mode, tdz, name, pos, value);
    }

    /** Dead zone and constness; returns false when the write is to be skipped (a sloppy callee-name assignment). */
    private boolean check(VirtualFrame frame) {
        if (mode == WriteVariableNode.Mode.INITIALIZE) {
            return true;
        }
        if (tdz && frame.getTag(slot) == FrameSlotKind.Illegal.tag) {
            throw VariableAccess.tdzError(this, pos, name);
        }
        if (mode == WriteVariableNode.Mode.ASSIGN_CONST) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError(this, pos, "Assignment to constant variable.");
        }
        return mode != WriteVariableNode.Mode.ASSIGN_CALLEE_SLOPPY;
    }

    protected boolean allowsInt(VirtualFrame frame) {
        return VariableAccess.allowsInt(frame, slot);
    }

    protected boolean allowsDouble(VirtualFrame frame) {
        return VariableAccess.allowsDouble(frame, slot);
    }

    @Specialization(guards = "allowsInt(frame)")
    protected int writeInt(VirtualFrame frame, int value) {
        if (check(frame)) {
            VariableAccess.storeInt(frame, slot, value);
        }
        return value;
    }

    @Specialization(guards = "allowsDouble(frame)", replaces = "writeInt")
    protected double writeDouble(VirtualFrame frame, double value) {
        if (check(frame)) {
            VariableAccess.storeDouble(frame, slot, value);
        }
        return value;
    }

    @Specialization(replaces = {"writeInt", "writeDouble"})
    protected Object writeObject(VirtualFrame frame, Object value) {
        if (check(frame)) {
            VariableAccess.store(frame, slot, value);
        }
        return value;
    }
}
