package dev.dunder.runtime.js.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.objects.Undefined;

/**
 * The operators on arbitrary values (ECMA-262 §13.5-§13.12): the conversions they
 * apply (ToPrimitive, ToNumeric, ToString) in the order the specification gives.
 * The nodes specialize the common number and string cases and call these otherwise.
 */
public final class Operators {
    private Operators() {
    }

    public enum Op {
        ADD, SUB, MUL, DIV, MOD, EXP, SHL, SHR, USHR, BIT_AND, BIT_OR, BIT_XOR, LT, GT, LE, GE, EQ, NE, STRICT_EQ, STRICT_NE, INSTANCEOF, IN
    }

    /** Applies a binary operator (used by compound assignment and the nodes' slow paths). */
    @TruffleBoundary
    public static Object apply(Op op, Object a, Object b) {
        switch (op) {
            case ADD:
                return add(a, b);
            case SUB:
                return Conversions.toNumber(a) - Conversions.toNumber(b);
            case MUL:
                return Conversions.toNumber(a) * Conversions.toNumber(b);
            case DIV:
                return Conversions.toNumber(a) / Conversions.toNumber(b);
            case MOD:
                return mod(Conversions.toNumber(a), Conversions.toNumber(b));
            case EXP:
                return pow(Conversions.toNumber(a), Conversions.toNumber(b));
            case SHL:
                return Conversions.toInt32(a) << (Conversions.toUint32(b) & 31);
            case SHR:
                return Conversions.toInt32(a) >> (Conversions.toUint32(b) & 31);
            case USHR:
                return Conversions.normalizeNumber(Conversions.toUint32(a) >>> (Conversions.toUint32(b) & 31));
            case BIT_AND:
                return Conversions.toInt32(a) & Conversions.toInt32(b);
            case BIT_OR:
                return Conversions.toInt32(a) | Conversions.toInt32(b);
            case BIT_XOR:
                return Conversions.toInt32(a) ^ Conversions.toInt32(b);
            case LT:
                return lessThan(a, b, true) == Boolean.TRUE;
            case GT:
                return lessThan(b, a, false) == Boolean.TRUE;
            case LE: {
                Object r = lessThan(b, a, false);
                return r == Boolean.FALSE;
            }
            case GE: {
                Object r = lessThan(a, b, true);
                return r == Boolean.FALSE;
            }
            case EQ:
                return Equality.looseEquals(a, b);
            case NE:
                return !Equality.looseEquals(a, b);
            case STRICT_EQ:
                return Equality.strictEquals(a, b);
            case STRICT_NE:
                return !Equality.strictEquals(a, b);
            case INSTANCEOF:
                return dev.dunder.runtime.js.model.JSRuntime.instanceOf(a, b);
            case IN:
                return dev.dunder.runtime.js.model.JSRuntime.hasProperty(b, a);
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    /** The + operator (§13.15.3 ApplyStringOrNumericBinaryOperator). */
    @TruffleBoundary
    public static Object add(Object a, Object b) {
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            return Conversions.numberValue(a) + Conversions.numberValue(b);
        }
        Object pa = Conversions.toPrimitive(a, Conversions.Hint.DEFAULT);
        Object pb = Conversions.toPrimitive(b, Conversions.Hint.DEFAULT);
        if (pa instanceof String || pb instanceof String) {
            return Conversions.toString(pa).concat(Conversions.toString(pb));
        }
        return Conversions.toNumber(pa) + Conversions.toNumber(pb);
    }

    /** Number::remainder: the sign of the dividend, like Java's %. */
    public static double mod(double a, double b) {
        return a % b;
    }

    /** Number::exponentiate (§6.1.6.1.3): differs from Math.pow for NaN exponents and ±1 bases with infinite exponents. */
    public static double pow(double base, double exponent) {
        if (exponent != exponent) {
            return Double.NaN;
        }
        if ((base == 1 || base == -1) && Double.isInfinite(exponent)) {
            return Double.NaN;
        }
        return Math.pow(base, exponent);
    }

    /**
     * IsLessThan (§7.2.13): TRUE, FALSE, or undefined when a NaN is involved.
     * {@code leftFirst} fixes the order of the ToPrimitive calls.
     */
    @TruffleBoundary
    public static Object lessThan(Object x, Object y, boolean leftFirst) {
        Object px;
        Object py;
        if (leftFirst) {
            px = Conversions.toPrimitive(x, Conversions.Hint.NUMBER);
            py = Conversions.toPrimitive(y, Conversions.Hint.NUMBER);
        } else {
            py = Conversions.toPrimitive(y, Conversions.Hint.NUMBER);
            px = Conversions.toPrimitive(x, Conversions.Hint.NUMBER);
        }
        if (px instanceof String sx && py instanceof String sy) {
            return sx.compareTo(sy) < 0;
        }
        double nx = Conversions.toNumber(px);
        double ny = Conversions.toNumber(py);
        if (nx != nx || ny != ny) {
            return Undefined.INSTANCE;
        }
        return nx < ny;
    }

    /** Unary minus. */
    @TruffleBoundary
    public static Object negate(Object v) {
        return -Conversions.toNumber(v);
    }

    /** The typeof of a value that is surely defined. */
    public static String typeof(Object v) {
        return dev.dunder.runtime.js.model.JSRuntime.typeof(v);
    }
}
