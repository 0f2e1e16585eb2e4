package dev.dunder.runtime.python.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Binary and unary operators by dunder dispatch (CPython's binary_op1): the left
 * operand's {@code __op__}, then the right's {@code __rop__} — right first when its
 * type is a proper subclass that overrides it; in-place forms try {@code __iop__}
 * first. Special methods are looked up on the types only.
 */
public final class PyBinary {
    public enum Op {
        ADD("+", "add"),
        SUB("-", "sub"),
        MUL("*", "mul"),
        MATMUL("@", "matmul"),
        TRUEDIV("/", "truediv"),
        FLOORDIV("//", "floordiv"),
        MOD("%", "mod"),
        POW("** or pow()", "pow"),
        LSHIFT("<<", "lshift"),
        RSHIFT(">>", "rshift"),
        AND("&", "and"),
        OR("|", "or"),
        XOR("^", "xor"),
        DIVMOD("divmod()", "divmod");

        public final String symbol;
        public final String method;
        public final String reflected;
        public final String inplace;

        Op(String symbol, String name) {
            this.symbol = symbol;
            this.method = "__" + name + "__";
            this.reflected = "__r" + name + "__";
            this.inplace = "__i" + name + "__";
        }

        /** The symbol as the in-place TypeError quotes it ({@code +=}). */
        public String inplaceSymbol() {
            return this == POW ? "**=" : symbol + "=";
        }
    }

    private PyBinary() {
    }

    @TruffleBoundary
    public static Object binary(Object a, Object b, Op op) {
        Object r = tryBinary(a, b, op);
        if (r == PNotImplemented.INSTANCE) {
            throw unsupported(a, b, op, op.symbol);
        }
        return r;
    }

    private static RuntimeException unsupported(Object a, Object b, Op op, String symbol) {
        if (op == Op.MUL && (isSequence(a) || isSequence(b))) {
            return PyErrors.typeError("can't multiply sequence by non-int of type '%s'", PyErrors.typeName(isSequence(a) ? b : a));
        }
        if (op == Op.ADD && a instanceof String && !(b instanceof String)) {
            return PyErrors.typeError("can only concatenate str (not \"%s\") to str", PyErrors.typeName(b));
        }
        if (op == Op.POW && symbol.equals(op.symbol)) {
            return PyErrors.typeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'", PyErrors.typeName(a), PyErrors.typeName(b));
        }
        return PyErrors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", symbol, PyErrors.typeName(a), PyErrors.typeName(b));
    }

    private static boolean isSequence(Object o) {
        Object v = Convert.unbox(o);
        return v instanceof String || o instanceof dev.dunder.runtime.python.objects.PList || o instanceof dev.dunder.runtime.python.objects.PTuple;
    }

    /** The result, or NotImplemented when neither operand handles the operation. */
    @TruffleBoundary
    public static Object tryBinary(Object a, Object b, Op op) {
        PyType ta = PyTypes.typeOf(a);
        PyType tb = PyTypes.typeOf(b);
        Object slotA = ta.lookup(op.method);
        Object slotB = null;
        if (tb != ta) {
            slotB = tb.lookup(op.reflected);
            if (slotB != null && slotB == ta.lookup(op.reflected)) {
                slotB = null;
            }
        }
        if (slotA != null) {
            if (slotB != null && tb.isSubtypeOf(ta)) {
                Object r = PyCall.callMethod(slotB, b, a);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
                slotB = null;
            }
            Object r = PyCall.callMethod(slotA, a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (slotB != null) {
            return PyCall.callMethod(slotB, b, a);
        }
        return PNotImplemented.INSTANCE;
    }

    /** {@code a op= b}: {@code __iop__} if the left type has it, else the binary operation. */
    @TruffleBoundary
    public static Object inplace(Object a, Object b, Op op) {
        Object islot = PyTypes.typeOf(a).lookup(op.inplace);
        if (islot != null) {
            Object r = PyCall.callMethod(islot, a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        Object r = tryBinary(a, b, op);
        if (r == PNotImplemented.INSTANCE) {
            throw unsupported(a, b, op, op.inplaceSymbol());
        }
        return r;
    }

    /** Unary {@code -x}, {@code +x}, {@code ~x}, {@code abs(x)}. */
    @TruffleBoundary
    public static Object unary(Object a, String method, String symbol) {
        Object slot = PyTypes.typeOf(a).lookup(method);
        if (slot == null) {
            if (method.equals("__abs__")) {
                throw PyErrors.typeError("bad operand type for abs(): '%s'", PyErrors.typeName(a));
            }
            throw PyErrors.typeError("bad operand type for unary %s: '%s'", symbol, PyErrors.typeName(a));
        }
        return PyCall.callMethod(slot, a);
    }
}
