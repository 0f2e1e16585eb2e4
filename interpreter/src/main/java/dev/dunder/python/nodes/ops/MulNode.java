package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code MUL} operator ({@link PyBinary.Op#MUL}). */
public abstract class MulNode extends BinaryOpNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected static long mulLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization
    protected static double mulDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    protected static double mulLongDouble(long a, double b) {
        return a * b;
    }

    @Specialization
    protected static double mulDoubleLong(double a, long b) {
        return a * b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.MUL);
    }
}
