package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.Operators;

/** {@code & | ^ << >> >>>}: 32-bit integer operators on ToInt32/ToUint32 of the operands. */
public abstract class BitwiseNode extends BinaryNode {

    protected BitwiseNode(Operators.Op op, int pos) {
        super(op, pos);
    }

    @Specialization
    protected double doubles(double a, double b) {
        int x = Conversions.toInt32(a);
        switch (op) {
            case BIT_AND:
                return x & Conversions.toInt32(b);
            case BIT_OR:
                return x | Conversions.toInt32(b);
            case BIT_XOR:
                return x ^ Conversions.toInt32(b);
            case SHL:
                return x << (Conversions.toInt32(b) & 31);
            case SHR:
                return x >> (Conversions.toInt32(b) & 31);
            default:
                return (double) ((x & 0xFFFFFFFFL) >>> (Conversions.toInt32(b) & 31));
        }
    }

    @Specialization
    protected Object generic(Object a, Object b) {
        return slow(a, b);
    }
}
