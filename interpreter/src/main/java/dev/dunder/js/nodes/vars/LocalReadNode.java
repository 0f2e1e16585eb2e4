package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * Reads a variable that lives in its own frame slot (declared in this function and not
 * captured by a closure). Numbers stay unboxed in int- or double-tagged slots; a cleared slot is
 * a binding not initialized yet: the temporal dead zone for {@code let}/{@code const},
 * undefined for {@code var}.
 */
public abstract class LocalReadNode extends ExpressionNode {
    protected final int slot;
    private final boolean tdz;
    private final String name;
    private final int pos;

    protected LocalReadNode(int slot, boolean tdz, String name, int pos) {
        this.slot = slot;
        this.tdz = tdz;
        this.name = name;
        this.pos = pos;
    }

    public static LocalReadNode create(int slot, boolean tdz, String name, int pos) {
        return LocalReadNodeGen.create(slot, tdz, name, pos);
    }

    public String getName() {
        return name;
    }

    @Specialization(guards = "frame.isInt(slot)")
    protected int readInt(VirtualFrame frame) {
        return frame.getInt(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isObject(slot)")
    protected Object readObject(VirtualFrame frame) {
        return frame.getObject(slot);
    }

    @Specialization(replaces = {"readInt", "readDouble", "readObject"})
    protected Object readAny(VirtualFrame frame) {
        Object v = VariableAccess.readLocal(frame, slot);
        if (v == null) {
            if (tdz) {
                throw VariableAccess.tdzError(this, pos, name);
            }
            return Undefined.INSTANCE;
        }
        return v;
    }
}
