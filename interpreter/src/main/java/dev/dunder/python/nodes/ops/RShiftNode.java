package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code RSHIFT} operator ({@link PyBinary.Op#RSHIFT}). */
public abstract class RShiftNode extends BinaryOpNode {

    @Specialization(guards = {"b >= 0", "b < 64"})
    protected static long shiftLong(long a, long b) {
        return a >> b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.RSHIFT);
    }
}
