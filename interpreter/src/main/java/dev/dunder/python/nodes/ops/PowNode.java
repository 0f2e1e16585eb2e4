package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code POW} operator ({@link PyBinary.Op#POW}). */
public abstract class PowNode extends BinaryOpNode {

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.POW);
    }
}
