package dev.dunder.runtime.python.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Rich comparisons (CPython's do_richcompare): the reflected method of the right
 * operand goes first when its type is a proper subclass of the left's and
 * overrides it; {@code NotImplemented} passes the turn; {@code ==} and {@code !=} fall
 * back to identity, the orderings raise TypeError.
 */
public final class PyCompare {
    public enum Op {
        LT("<", "__lt__", "__gt__"),
        LE("<=", "__le__", "__ge__"),
        EQ("==", "__eq__", "__eq__"),
        NE("!=", "__ne__", "__ne__"),
        GT(">", "__gt__", "__lt__"),
        GE(">=", "__ge__", "__le__");

        public final String symbol;
        public final String method;
        public final String reflected;

        Op(String symbol, String method, String reflected) {
            this.symbol = symbol;
            this.method = method;
            this.reflected = reflected;
        }
    }

    private PyCompare() {
    }

    public static Object eq(Object a, Object b) {
        return compare(a, b, Op.EQ);
    }

    public static Object lt(Object a, Object b) {
        return compare(a, b, Op.LT);
    }

    /** {@code a == b} as a Java boolean (for list.index, in, dict keys...). Identity implies equality, as in CPython's containers. */
    @TruffleBoundary
    public static boolean equalsForContainers(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Double x && b instanceof Double y && Double.isNaN(x) && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y)) {
            // floats are unboxed here, so one NaN object read twice compares as the same object, as in CPython
            return true;
        }
        if (a instanceof String sa && b instanceof String sb) {
            return sa.equals(sb);
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue();
        }
        return PyTruth.isTrue(eq(a, b));
    }

    @TruffleBoundary
    public static Object compare(Object a, Object b, Op op) {
        Object fast = BuiltinCompare.tryCompare(a, b, op);
        if (fast != null) {
            return fast;
        }
        PyType ta = PyTypes.typeOf(a);
        PyType tb = PyTypes.typeOf(b);
        boolean reflectedFirst = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            // unlike arithmetic, a subclass's reflected comparison goes first even if inherited
            reflectedFirst = tb.lookup(op.reflected) != null;
        }
        if (reflectedFirst) {
            Object r = callIfPresent(tb, b, op.reflected, a);
            if (r != PNotImplemented.INSTANCE && r != null) {
                return r;
            }
        }
        Object r = callIfPresent(ta, a, op.method, b);
        if (r != PNotImplemented.INSTANCE && r != null) {
            return r;
        }
        if (!reflectedFirst) {
            r = callIfPresent(tb, b, op.reflected, a);
            if (r != PNotImplemented.INSTANCE && r != null) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return a == b;
            case NE:
                return a != b;
            default:
                throw PyErrors.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol, ta.getName(), tb.getName());
        }
    }

    private static Object callIfPresent(PyType type, Object self, String name, Object other) {
        Object m = type.lookup(name);
        if (m == null) {
            return null;
        }
        return PyCall.callMethod(m, self, other);
    }
}
