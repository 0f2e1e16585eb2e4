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

    /**
     * Once the variable has held a double, an int in the slot (each call starts the variable
     * afresh) is read as a double too: a read that answered int or double by turns would box
     * its result where the two paths meet, on every iteration of compiled code.
     */
    @Specialization(guards = "frame.isDouble(slot) || frame.isInt(slot)", replaces = "readInt")
    protected double readDouble(VirtualFrame frame) {
        return frame.isInt(slot) ? frame.getInt(slot) : frame.getDouble(slot);
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
