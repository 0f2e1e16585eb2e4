package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.ops.BuiltinCompare;
import dev.dunder.runtime.python.ops.PyCompare;

/**
 * A rich comparison ({@code < <= == != > >=}). Ints, floats and strs compare directly;
 * anything else runs {@code __lt__} and friends with reflection.
 */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class CompareNode extends PyExpressionNode {
    protected final PyCompare.Op op;

    protected CompareNode(PyCompare.Op op) {
        this.op = op;
    }

    public static CompareNode create(PyCompare.Op op, ExpressionNode left, ExpressionNode right) {
        return CompareNodeGen.create(op, left, right);
    }

    public abstract ExpressionNode getLeft();

    public abstract ExpressionNode getRight();

    /** Compares two already evaluated operands (used by chained comparisons). */
    public abstract Object executeCompare(Object a, Object b);

    @Specialization
    protected boolean longs(long a, long b) {
        switch (op) {
            case LT:
                return a < b;
            case LE:
                return a <= b;
            case EQ:
                return a == b;
            case NE:
                return a != b;
            case GT:
                return a > b;
            default:
                return a >= b;
        }
    }

    @Specialization
    protected boolean doubles(double a, double b) {
        switch (op) {
            case LT:
                return a < b;
            case LE:
                return a <= b;
            case EQ:
                return a == b;
            case NE:
                return a != b;
            case GT:
                return a > b;
            default:
                return a >= b;
        }
    }

    @Specialization
    protected boolean strings(String a, String b) {
        return stringCompare(a, b, op);
    }

    @TruffleBoundary
    private static boolean stringCompare(String a, String b, PyCompare.Op op) {
        if (op == PyCompare.Op.EQ) {
            return a.equals(b);
        }
        if (op == PyCompare.Op.NE) {
            return !a.equals(b);
        }
        return BuiltinCompare.test(BuiltinCompare.compareStrings(a, b), op);
    }

    @Specialization
    protected Object generic(Object a, Object b) {
        try {
            return compare(a, b, op);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static Object compare(Object a, Object b, PyCompare.Op op) {
        return PyCompare.compare(a, b, op);
    }
}
