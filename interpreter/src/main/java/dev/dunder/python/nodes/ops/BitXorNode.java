package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code XOR} operator ({@link PyBinary.Op#XOR}). */
public abstract class BitXorNode extends BinaryOpNode {

    @Specialization
    protected static long xorLong(long a, long b) {
        return a ^ b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.XOR);
    }
}
