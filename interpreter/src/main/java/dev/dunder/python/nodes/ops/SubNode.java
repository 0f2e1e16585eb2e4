package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code SUB} operator ({@link PyBinary.Op#SUB}). */
public abstract class SubNode extends BinaryOpNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected static long subLong(long a, long b) {
        return Math.subtractExact(a, b);
    }

    @Specialization
    protected static double subDouble(double a, double b) {
        return a - b;
    }

    @Specialization
    protected static double subLongDouble(long a, double b) {
        return a - b;
    }

    @Specialization
    protected static double subDoubleLong(double a, long b) {
        return a - b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.SUB);
    }
}
