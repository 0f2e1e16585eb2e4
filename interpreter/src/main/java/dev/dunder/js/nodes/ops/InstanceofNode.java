package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.js.ops.Operators;

/** {@code instanceof} and {@code in}: always the reference algorithms. */
public abstract class InstanceofNode extends BinaryNode {

    protected InstanceofNode(Operators.Op op, int pos) {
        super(op, pos);
    }

    @Specialization
    protected Object generic(Object a, Object b) {
        return slow(a, b);
    }
}
