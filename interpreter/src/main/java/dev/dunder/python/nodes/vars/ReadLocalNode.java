package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.common.Boxing;
import dev.dunder.runtime.python.PyErrors;

/**
 * A local variable of a function (a frame slot); reading it before assignment is
 * UnboundLocalError. Ints and floats live in primitive slots ({@link LocalTarget}
 * decides), so a hot loop keeps its counters unboxed; this node remembers which slot
 * tags it has seen, so compiled code reads only those.
 */
public final class ReadLocalNode extends PyExpressionNode {
    private static final int LONG = 1;
    private static final int DOUBLE = 2;
    private static final int OBJECT = 4;

    private final int slot;
    private final String name;
    @CompilationFinal private int seen;

    public ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        int s = seen;
        if ((s & LONG) != 0 && frame.isLong(slot)) {
            return Boxing.box(frame.getLong(slot));
        }
        if ((s & DOUBLE) != 0 && frame.isDouble(slot)) {
            return frame.getDouble(slot);
        }
        if ((s & OBJECT) != 0 && frame.isObject(slot)) {
            Object v = frame.getObject(slot);
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw located(PyErrors.unboundLocal(name));
            }
            return v;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seen |= frame.isLong(slot) ? LONG : frame.isDouble(slot) ? DOUBLE : OBJECT;
        return executeGeneric(frame);
    }

    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        if ((seen & LONG) != 0 && frame.isLong(slot)) {
            return frame.getLong(slot);
        }
        Object v = executeGeneric(frame);
        if (v instanceof Long l) {
            return l;
        }
        throw new UnexpectedResultException(v);
    }

    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        if ((seen & DOUBLE) != 0 && frame.isDouble(slot)) {
            return frame.getDouble(slot);
        }
        Object v = executeGeneric(frame);
        if (v instanceof Double d) {
            return d;
        }
        throw new UnexpectedResultException(v);
    }
}
