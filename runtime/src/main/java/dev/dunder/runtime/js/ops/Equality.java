package dev.dunder.runtime.js.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;

/** The equality algorithms (ECMA-262 §7.2): ===, ==, SameValue and SameValueZero. */
public final class Equality {
    private Equality() {
    }

    /** IsStrictlyEqual (§7.2.15): no conversions; NaN is unequal to itself, +0 equals -0. */
    public static boolean strictEquals(Object a, Object b) {
        if (a instanceof Integer x) {
            return b instanceof Integer y ? x.intValue() == y.intValue() : b instanceof Double z && x.intValue() == z.doubleValue();
        }
        if (a instanceof Double x) {
            return Conversions.isNumber(b) && x.doubleValue() == Conversions.numberValue(b);
        }
        if (a instanceof String s) {
            return b instanceof String t && s.equals(t);
        }
        if (a instanceof Boolean x) {
            return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
        }
        return a == b;
    }

    /** SameValue (§7.2.10): like === except NaN equals NaN and +0 differs from -0 (Object.is). */
    public static boolean sameValue(Object a, Object b) {
        if (a instanceof Double || a instanceof Integer) {
            // an Integer is never -0 or NaN, so comparing as doubles with Double.equals is exact
            return Conversions.isNumber(b) && Double.valueOf(Conversions.numberValue(a)).equals(Conversions.numberValue(b));
        }
        return strictEquals(a, b);
    }

    /** SameValueZero (§7.2.11): NaN equals NaN and +0 equals -0 (includes, Map keys). */
    public static boolean sameValueZero(Object a, Object b) {
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            double p = Conversions.numberValue(a);
            double q = Conversions.numberValue(b);
            return p == q || (p != p && q != q);
        }
        return strictEquals(a, b);
    }

    private static boolean isNullish(Object v) {
        return v == Undefined.INSTANCE || v == Null.INSTANCE;
    }

    /** IsLooselyEqual (§7.2.14): ==, with its conversions. */
    @TruffleBoundary
    public static boolean looseEquals(Object a, Object b) {
        while (true) {
            if (sameType(a, b)) {
                return strictEquals(a, b);
            }
            if (isNullish(a) && isNullish(b)) {
                return true;
            }
            if (isNullish(a) || isNullish(b)) {
                return false;
            }
            if (Conversions.isNumber(a) && b instanceof String) {
                return strictEquals(a, Conversions.stringToNumber((String) b));
            }
            if (a instanceof String && Conversions.isNumber(b)) {
                return strictEquals(Conversions.stringToNumber((String) a), b);
            }
            if (a instanceof Boolean) {
                a = Conversions.toNumber(a);
                continue;
            }
            if (b instanceof Boolean) {
                b = Conversions.toNumber(b);
                continue;
            }
            if ((Conversions.isNumber(a) || a instanceof String || a instanceof JSSymbol) && b instanceof JSObject) {
                b = Conversions.toPrimitive(b, Conversions.Hint.DEFAULT);
                continue;
            }
            if (a instanceof JSObject && (Conversions.isNumber(b) || b instanceof String || b instanceof JSSymbol)) {
                a = Conversions.toPrimitive(a, Conversions.Hint.DEFAULT);
                continue;
            }
            return false;
        }
    }

    private static boolean sameType(Object a, Object b) {
        if (a instanceof JSObject) {
            return b instanceof JSObject;
        }
        if (Conversions.isNumber(a)) {
            return Conversions.isNumber(b);
        }
        return a.getClass() == b.getClass();
    }
}
