package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code MATMUL} operator ({@link PyBinary.Op#MATMUL}). */
public abstract class MatMulNode extends BinaryOpNode {

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.MATMUL);
    }
}
