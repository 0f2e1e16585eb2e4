package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.python.ops.PyBinary;

/** The {@code MOD} operator ({@link PyBinary.Op#MOD}). */
public abstract class ModNode extends BinaryOpNode {

    @Specialization(guards = "b > 0")
    protected static long modLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return generic(a, b, PyBinary.Op.MOD);
    }
}
