package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.ops.PyBinary;

/** Unary {@code -x}, {@code +x} and {@code ~x} ({@code __neg__}, {@code __pos__}, {@code __invert__}). */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class NegNode extends PyExpressionNode {
    public enum Kind {
        NEG("__neg__", "-"),
        POS("__pos__", "+"),
        INVERT("__invert__", "~");

        final String method;
        final String symbol;

        Kind(String method, String symbol) {
            this.method = method;
            this.symbol = symbol;
        }
    }

    protected final Kind kind;

    protected NegNode(Kind kind) {
        this.kind = kind;
    }

    public static NegNode create(Kind kind, ExpressionNode operand) {
        return NegNodeGen.create(kind, operand);
    }

    @Specialization(guards = "kind == NEG_KIND", rewriteOn = ArithmeticException.class)
    protected static long negLong(long a) {
        return Math.negateExact(a);
    }

    @Specialization(guards = "kind == NEG_KIND")
    protected static double negDouble(double a) {
        return -a;
    }

    @Specialization(guards = "kind == INVERT_KIND")
    protected static long invertLong(long a) {
        return ~a;
    }

    @Specialization
    protected Object generic(Object a) {
        try {
            return unary(a, kind);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static Object unary(Object a, Kind kind) {
        if (kind == Kind.NEG && dev.dunder.runtime.python.ops.PyNumbers.isInt(a)) {
            return dev.dunder.runtime.python.ops.PyNumbers.neg(a);
        }
        return PyBinary.unary(a, kind.method, kind.symbol);
    }

    protected static final Kind NEG_KIND = Kind.NEG;
    protected static final Kind INVERT_KIND = Kind.INVERT;
}
