package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * {@code i++}, {@code --i} and friends on a variable in its own frame slot: a loop counter
 * stays an unboxed int, and an unboxed double once it has overflowed the int32 range.
 */
public abstract class LocalUpdateNode extends ExpressionNode {
    protected final int slot;
    private final boolean increment;
    private final boolean prefix;
    protected final boolean constant;
    private final boolean tdz;
    private final String name;
    private final int pos;

    protected LocalUpdateNode(int slot, boolean increment, boolean prefix, boolean constant, boolean tdz, String name, int pos) {
        this.slot = slot;
        this.increment = increment;
        this.prefix = prefix;
        this.constant = constant;
        this.tdz = tdz;
        this.name = name;
        this.pos = pos;
    }

    public static LocalUpdateNode create(int slot, boolean increment, boolean prefix, boolean constant, boolean tdz, String name, int pos) {
        return LocalUpdateNodeGen.create(slot, increment, prefix, constant, tdz, name, pos);
    }

    protected boolean allowsInt(VirtualFrame frame) {
        return VariableAccess.allowsInt(frame, slot);
    }

    protected boolean allowsDouble(VirtualFrame frame) {
        return VariableAccess.allowsDouble(frame, slot);
    }

    @Specialization(guards = {"frame.isInt(slot)", "allowsInt(frame)", "!constant"}, rewriteOn = ArithmeticException.class)
    protected int updateInt(VirtualFrame frame) {
        int old = frame.getInt(slot);
        int updated = increment ? Math.addExact(old, 1) : Math.subtractExact(old, 1);
        frame.setInt(slot, updated);
        return prefix ? updated : old;
    }

    /** After an overflow or a double in the slot: the counter is a double from then on (see LocalReadNode). */
    @Specialization(guards = {"frame.isDouble(slot) || frame.isInt(slot)", "allowsDouble(frame)", "!constant"}, replaces = "updateInt")
    protected double updateDouble(VirtualFrame frame) {
        double old = frame.isInt(slot) ? frame.getInt(slot) : frame.getDouble(slot);
        double updated = increment ? old + 1 : old - 1;
        VariableAccess.storeDouble(frame, slot, updated);
        return prefix ? updated : old;
    }

    @Specialization(replaces = {"updateInt", "updateDouble"})
    protected Object updateAny(VirtualFrame frame) {
        Object old = VariableAccess.readLocal(frame, slot);
        if (old == null) {
            if (tdz) {
                throw VariableAccess.tdzError(this, pos, name);
            }
            old = dev.dunder.runtime.js.objects.Undefined.INSTANCE;
        }
        if (constant) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError(this, pos, "Assignment to constant variable.");
        }
        double n;
        try {
            n = toNumber(old);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
        double updated = increment ? n + 1 : n - 1;
        VariableAccess.store(frame, slot, allowsDouble(frame) ? (Object) updated : Conversions.normalizeNumber(updated));
        return prefix ? Conversions.normalizeNumber(updated) : old instanceof Integer ? old : (Object) n;
    }

    @TruffleBoundary
    private static double toNumber(Object v) {
        return Conversions.toNumber(v);
    }
}
