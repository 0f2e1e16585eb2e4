package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code ADD} operator ({@link PyBinary.Op#ADD}). */
public abstract class AddNode extends BinaryOpNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected static long addLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization
    protected static double addDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    protected static double addLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    protected static double addDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization
    @TruffleBoundary
    protected static String addString(String a, String b) {
        return a.concat(b);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.ADD);
    }
}
