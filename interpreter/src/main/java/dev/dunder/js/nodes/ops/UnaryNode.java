package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.JSTypes;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** The unary operators {@code - + ! ~ typeof void}. */
@TypeSystemReference(JSTypes.class)
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class UnaryNode extends ExpressionNode {
    public enum Op {
        NEG, PLUS, NOT, BIT_NOT, TYPEOF, VOID
    }

    protected final Op op;
    protected final int pos;

    protected UnaryNode(Op op, int pos) {
        this.op = op;
        this.pos = pos;
    }

    protected boolean isNeg() {
        return op == Op.NEG;
    }

    protected boolean isBitNot() {
        return op == Op.BIT_NOT;
    }

    /** -x of an int stays an int except for 0 (whose negation is -0) and the int minimum. */
    @Specialization(guards = {"isNeg()", "i != 0", "i != MIN_VALUE"})
    protected static int negInt(int i) {
        return -i;
    }

    protected static final int MIN_VALUE = Integer.MIN_VALUE;

    @Specialization(guards = "isNeg()", replaces = "negInt")
    protected static double neg(double d) {
        return -d;
    }

    @Specialization(guards = "isBitNot()")
    protected static int bitNotInt(int i) {
        return ~i;
    }

    @Specialization
    protected Object generic(Object v) {
        try {
            return apply(op, v);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
    }

    @TruffleBoundary
    private static Object apply(Op op, Object v) {
        switch (op) {
            case NEG:
                return -Conversions.toNumber(v);
            case PLUS:
                return Conversions.toNumber(v);
            case NOT:
                return !Conversions.toBoolean(v);
            case BIT_NOT:
                return ~Conversions.toInt32(v);
            case TYPEOF:
                return JSRuntime.typeof(v);
            default:
                return Undefined.INSTANCE;
        }
    }
}
