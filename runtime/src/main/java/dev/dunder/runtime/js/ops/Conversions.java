package dev.dunder.runtime.js.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * The type conversions (ECMA-262 §7.1): ToPrimitive with {@code Symbol.toPrimitive}
 * and {@code valueOf}/{@code toString}, ToBoolean, ToNumber (with the StringToNumber
 * grammar), ToString, ToPropertyKey and the integer conversions.
 *
 * <p>A JavaScript number is a Java {@code Double} or, as V8's small integers, an
 * {@code Integer}: the interpreter keeps int32 results of int32 operands as ints (a loop
 * counter, a sum of small integers) and falls back to doubles on overflow, fractions and
 * -0. Both are the same number to the language: every check for a number goes through
 * {@link #isNumber}, and code that needs the value uses {@link #toNumber}.
 */
public final class Conversions {
    private Conversions() {
    }

    /** Whether a value is a JavaScript number (either representation). */
    public static boolean isNumber(Object v) {
        return v instanceof Double || v instanceof Integer;
    }

    /** The double of a value known to be a number ({@link #isNumber}). */
    public static double numberValue(Object v) {
        return v instanceof Integer i ? i : (Double) v;
    }

    /** The int representation of a double when it has one (an int32 that is not -0), else the double itself. */
    public static Object normalizeNumber(double d) {
        int i = (int) d;
        if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0)) {
            return i;
        }
        return d;
    }

    public enum Hint {
        DEFAULT("default"), NUMBER("number"), STRING("string");

        final String name;

        Hint(String name) {
            this.name = name;
        }
    }

    /** ToPrimitive (§7.1.1). */
    @TruffleBoundary
    public static Object toPrimitive(Object input, Hint hint) {
        if (!(input instanceof JSObject obj)) {
            // another language's object: its primitive value when it has one, else its display string
            return dev.dunder.runtime.js.interop.JSInterop.isForeign(input) ? dev.dunder.runtime.js.interop.ForeignAccess.toPrimitive(input) : input;
        }
        Object exotic = JSRuntime.getMethod(obj, JSSymbol.TO_PRIMITIVE);
        if (exotic != null) {
            Object result = JSRuntime.call(exotic, obj, hint.name);
            if (result instanceof JSObject) {
                throw Errors.typeError("Cannot convert object to primitive value");
            }
            return result;
        }
        return ordinaryToPrimitive(obj, hint == Hint.STRING ? Hint.STRING : Hint.NUMBER);
    }

    /** OrdinaryToPrimitive (§7.1.1.1): valueOf then toString, or the other way round for strings. */
    public static Object ordinaryToPrimitive(JSObject obj, Hint hint) {
        String first = hint == Hint.STRING ? "toString" : "valueOf";
        String second = hint == Hint.STRING ? "valueOf" : "toString";
        for (String name : new String[]{first, second}) {
            Object method = obj.get(name, obj);
            if (JSRuntime.isCallable(method)) {
                Object result = JSRuntime.call(method, obj);
                if (!(result instanceof JSObject)) {
                    return result;
                }
            }
        }
        throw Errors.typeError("Cannot convert object to primitive value");
    }

    /** ToBoolean (§7.1.2). */
    public static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            double x = d;
            return x != 0 && x == x;
        }
        if (v instanceof Integer i) {
            return i != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        return v != Undefined.INSTANCE && v != Null.INSTANCE;
    }

    /** ToNumber (§7.1.4). */
    public static double toNumber(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Integer i) {
            return i;
        }
        return toNumberSlow(v);
    }

    @TruffleBoundary
    private static double toNumberSlow(Object v) {
        if (v == Undefined.INSTANCE) {
            return Double.NaN;
        }
        if (v == Null.INSTANCE) {
            return 0;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            return stringToNumber(s);
        }
        if (v instanceof JSSymbol) {
            throw Errors.typeError("Cannot convert a Symbol value to a number");
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return l;
        }
        return toNumber(toPrimitive(v, Hint.NUMBER));
    }

    /** Whitespace and line terminators that StringToNumber and String.prototype.trim strip. */
    public static boolean isWhitespace(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    public static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** StringToNumber (§7.1.4.1.1): the StringNumericLiteral grammar, else NaN. */
    @TruffleBoundary
    public static double stringToNumber(String str) {
        String s = trim(str);
        if (s.isEmpty()) {
            return 0;
        }
        if (s.length() > 2 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) {
                String digits = s.substring(2);
                for (int i = 0; i < digits.length(); i++) {
                    if (Character.digit(digits.charAt(i), radix) < 0) {
                        return Double.NaN;
                    }
                }
                return new BigInteger(digits, radix).doubleValue();
            }
        }
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        if (s.startsWith("Infinity", i) && i + 8 == n) {
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** ToString (§7.1.17). */
    public static String toString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        return toStringSlow(v);
    }

    @TruffleBoundary
    private static String toStringSlow(Object v) {
        if (v instanceof Double d) {
            return NumberToString.toString(d);
        }
        if (v instanceof Integer i) {
            return Integer.toString(i);
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (v == Null.INSTANCE) {
            return "null";
        }
        if (v instanceof JSSymbol) {
            throw Errors.typeError("Cannot convert a Symbol value to a string");
        }
        if (v instanceof JSObject) {
            return toString(toPrimitive(v, Hint.STRING));
        }
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (dev.dunder.runtime.js.interop.JSInterop.isForeign(v)) {
            return dev.dunder.runtime.js.interop.ForeignAccess.display(v);
        }
        return String.valueOf(v);
    }

    /** ToPropertyKey (§7.1.19): a Symbol or a String. */
    public static Object toPropertyKey(Object v) {
        if (v instanceof String || v instanceof JSSymbol) {
            return v;
        }
        return toPropertyKeySlow(v);
    }

    @TruffleBoundary
    private static Object toPropertyKeySlow(Object v) {
        Object p = toPrimitive(v, Hint.STRING);
        if (p instanceof JSSymbol) {
            return p;
        }
        return toString(p);
    }

    /** ToIntegerOrInfinity (§7.1.5). */
    public static double toIntegerOrInfinity(Object v) {
        double d = toNumber(v);
        if (d != d) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d;
        }
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        return t == 0 ? 0 : t;
    }

    /** ToInt32 (§7.1.6). */
    public static int toInt32(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        return toInt32(toNumber(v));
    }

    public static int toInt32(double d) {
        int i = (int) d;
        if (i == d) {
            // the common case first and on its own: compiled code would otherwise compute the
            // modulo of the out-of-range case before the range check, on every operation
            return i;
        }
        return toInt32Wrapped(d);
    }

    /** ToInt32 of a fraction, NaN, an infinity or a number outside the int range. */
    private static int toInt32Wrapped(double d) {
        if (d != d || Double.isInfinite(d)) {
            return 0;
        }
        if (d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
            return (int) d;
        }
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        double m = t % 4294967296.0;
        return (int) (long) m;
    }

    /** ToUint32 (§7.1.7). */
    public static long toUint32(Object v) {
        return toInt32(v) & 0xFFFFFFFFL;
    }

    public static long toUint32(double d) {
        return toInt32(d) & 0xFFFFFFFFL;
    }

    /** ToLength (§7.1.20). */
    public static long toLength(Object v) {
        double len = toIntegerOrInfinity(v);
        if (len <= 0) {
            return 0;
        }
        return (long) Math.min(len, 9007199254740991.0);
    }

    /** ToUint16 (§7.1.9), for String.fromCharCode. */
    public static char toUint16(Object v) {
        return (char) toInt32(v);
    }

    /** ToObject (§7.1.18). */
    public static JSObject toObject(Object v) {
        return JSRuntime.toObject(v);
    }

    /** The relative index arguments of slice, splice, at, ...: negative counts from the end, clamped to [0, length]. */
    public static long relativeIndex(Object arg, long length, long defaultValue) {
        if (arg == Undefined.INSTANCE) {
            return defaultValue;
        }
        double rel = toIntegerOrInfinity(arg);
        if (rel < 0) {
            return (long) Math.max(length + rel, 0);
        }
        return (long) Math.min(rel, length);
    }
}
