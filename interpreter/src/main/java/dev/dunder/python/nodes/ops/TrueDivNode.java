package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code TRUEDIV} operator ({@link PyBinary.Op#TRUEDIV}). */
public abstract class TrueDivNode extends BinaryOpNode {

    @Specialization(guards = {"b != 0", "fitsDouble(a)", "fitsDouble(b)"})
    protected static double divLong(long a, long b) {
        return (double) a / (double) b;
    }

    @Specialization(guards = "isNonZero(b)")
    protected static double divDouble(double a, double b) {
        return a / b;
    }

    protected static boolean fitsDouble(long v) {
        return v > -(1L << 53) && v < (1L << 53);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.TRUEDIV);
    }

    protected static boolean isNonZero(double b) {
        return b != 0.0;
    }
}
