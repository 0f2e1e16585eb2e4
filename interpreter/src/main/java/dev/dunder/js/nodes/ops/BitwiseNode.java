package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.Operators;

/** {@code & | ^ << >> >>>}: 32-bit integer operators on ToInt32/ToUint32 of the operands. */
public abstract class BitwiseNode extends BinaryNode {

    protected BitwiseNode(Operators.Op op, int pos) {
        super(op, pos);
    }

    protected boolean isUnsignedShift() {
        return op == Operators.Op.USHR;
    }

    @Specialization(guards = "!isUnsignedShift()")
    protected int ints(int a, int b) {
        switch (op) {
            case BIT_AND:
                return a & b;
            case BIT_OR:
                return a | b;
            case BIT_XOR:
                return a ^ b;
            case SHL:
                return a << (b & 31);
            default:
                return a >> (b & 31);
        }
    }

    /** Every operator but {@code >>>} gives an int32: an int result, whatever the operands' representation. */
    @Specialization(guards = "!isUnsignedShift()", replaces = "ints")
    protected int signed(double a, double b) {
        return ints(Conversions.toInt32(a), Conversions.toInt32(b));
    }

    /** {@code >>>}: an unsigned 32-bit result, which may not fit an int. */
    @Specialization(guards = "isUnsignedShift()")
    protected static double unsignedShift(double a, double b) {
        return (double) ((Conversions.toInt32(a) & 0xFFFFFFFFL) >>> (Conversions.toInt32(b) & 31));
    }

    @Specialization
    protected Object generic(Object a, Object b) {
        return slow(a, b);
    }
}
