package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code FLOORDIV} operator ({@link PyBinary.Op#FLOORDIV}). */
public abstract class FloorDivNode extends BinaryOpNode {

    protected static boolean isSafeDivisor(long b) {
        return b != 0 && b != -1;
    }

    @Specialization(guards = "isSafeDivisor(b)")
    protected static long floorDivLongX(long a, long b) {
        return Math.floorDiv(a, b);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.FLOORDIV);
    }
}
