package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.ops.Conversions;

/** {@code i++}, {@code --i} and friends on a variable in its own frame slot: a loop counter stays an unboxed double. */
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

    @Specialization(guards = {"frame.isDouble(slot)", "!constant"})
    protected double updateDouble(VirtualFrame frame) {
        double old = frame.getDouble(slot);
        double updated = increment ? old + 1 : old - 1;
        frame.setDouble(slot, updated);
        return prefix ? updated : old;
    }

    @Specialization(replaces = "updateDouble")
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
        if (frame.isDouble(slot)) {
            frame.setDouble(slot, updated);
        } else {
            frame.setObject(slot, updated);
        }
        return prefix ? updated : n;
    }

    @TruffleBoundary
    private static double toNumber(Object v) {
        return Conversions.toNumber(v);
    }
}
