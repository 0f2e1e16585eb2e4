package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code OR} operator ({@link PyBinary.Op#OR}). */
public abstract class BitOrNode extends BinaryOpNode {

    @Specialization
    protected static long orLong(long a, long b) {
        return a | b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.OR);
    }
}
