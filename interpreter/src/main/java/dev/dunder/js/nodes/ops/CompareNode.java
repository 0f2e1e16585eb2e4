package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.js.ops.Equality;
import dev.dunder.runtime.js.ops.Operators;

/** The relational and equality operators: {@code < > <= >= == != === !==}. */
public abstract class CompareNode extends BinaryNode {

    protected CompareNode(Operators.Op op, int pos) {
        super(op, pos);
    }

    @Specialization
    protected boolean ints(int a, int b) {
        switch (op) {
            case LT:
                return a < b;
            case GT:
                return a > b;
            case LE:
                return a <= b;
            case GE:
                return a >= b;
            case EQ:
            case STRICT_EQ:
                return a == b;
            default:
                return a != b;
        }
    }

    @Specialization(replaces = "ints")
    protected boolean doubles(double a, double b) {
        switch (op) {
            case LT:
                return a < b;
            case GT:
                return a > b;
            case LE:
                return a <= b;
            case GE:
                return a >= b;
            case EQ:
            case STRICT_EQ:
                return a == b;
            default:
                return a != b;
        }
    }

    @Specialization
    protected boolean strings(String a, String b) {
        switch (op) {
            case LT:
                return compare(a, b) < 0;
            case GT:
                return compare(a, b) > 0;
            case LE:
                return compare(a, b) <= 0;
            case GE:
                return compare(a, b) >= 0;
            case EQ:
            case STRICT_EQ:
                return equal(a, b);
            default:
                return !equal(a, b);
        }
    }

    @TruffleBoundary
    private static int compare(String a, String b) {
        return a.compareTo(b);
    }

    @TruffleBoundary
    private static boolean equal(String a, String b) {
        return a.equals(b);
    }

    protected boolean isStrict() {
        return op == Operators.Op.STRICT_EQ || op == Operators.Op.STRICT_NE;
    }

    @Specialization(guards = "isStrict()")
    protected boolean strict(Object a, Object b) {
        boolean eq = Equality.strictEquals(a, b);
        return op == Operators.Op.STRICT_EQ ? eq : !eq;
    }

    @Specialization(guards = "!isStrict()")
    protected Object generic(Object a, Object b) {
        return slow(a, b);
    }
}
