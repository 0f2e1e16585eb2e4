package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code AND} operator ({@link PyBinary.Op#AND}). */
public abstract class BitAndNode extends BinaryOpNode {

    @Specialization
    protected static long andLong(long a, long b) {
        return a & b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.AND);
    }
}
