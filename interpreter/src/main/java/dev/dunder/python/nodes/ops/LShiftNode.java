package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code LSHIFT} operator ({@link PyBinary.Op#LSHIFT}). */
public abstract class LShiftNode extends BinaryOpNode {

    @Specialization(guards = "fitsShift(a, b)")
    protected static long shiftLong(long a, long b) {
        return a << b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.LSHIFT);
    }

    protected static boolean fitsShift(long a, long b) {
        return b >= 0 && b < 62 && a >= 0 && a < (1L << (62 - b));
    }
}
