package dev.dunder.runtime.python.builtins;

import java.math.BigInteger;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyNumbers;
import dev.dunder.runtime.python.ops.PyStr;

/** {@code int(x)} and {@code int(s, base)}: the conversions and literal syntax CPython accepts. */
public final class IntParsing {
    private IntParsing() {
    }

    static Object construct(Object x, Object baseArg) {
        if (x == null) {
            if (baseArg != null) {
                throw PyErrors.typeError("int() missing string argument");
            }
            return 0L;
        }
        Object v = Convert.unbox(x);
        if (baseArg != null) {
            if (!(v instanceof String s)) {
                throw PyErrors.typeError("int() can't convert non-string with explicit base");
            }
            long base = Convert.longValue(baseArg);
            if ((base != 0 && base < 2) || base > 36) {
                throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            return parse(s, (int) base);
        }
        if (v instanceof String s) {
            return parse(s, 10);
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Double d) {
            return FloatParsing.toInt(d);
        }
        for (String hook : new String[]{"__int__", "__index__", "__trunc__"}) {
            Object m = PyTypes.typeOf(x).lookup(hook);
            if (m != null) {
                Object r = PyCall.callMethod(m, x);
                Object rv = Convert.unbox(r);
                if (rv instanceof Long || rv instanceof BigInteger) {
                    return rv;
                }
                if (rv instanceof Boolean b) {
                    return b ? 1L : 0L;
                }
                if (hook.equals("__trunc__")) {
                    return construct(r, null);
                }
                throw PyErrors.typeError("%s returned non-int (type %s)", hook, PyErrors.typeName(r));
            }
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", PyErrors.typeName(x));
    }

    /** Parses an int literal as int(s, base) does (sign, underscores between digits, prefixes, surrounding blanks). */
    public static Object parse(String text, int base) {
        String s = text.strip();
        String original = text;
        boolean negative = false;
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        String body = s.substring(i);
        int b = base;
        if (body.length() >= 2 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                body = body.substring(2);
                if (body.startsWith("_")) {
                    body = body.substring(1);
                }
            }
        }
        if (b == 0) {
            b = 10;
            if (body.length() > 1 && body.charAt(0) == '0' && !body.replace("_", "").chars().allMatch(c -> c == '0')) {
                throw invalid(original, base);
            }
        }
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw invalid(original, base);
        }
        String digits = body.replace("_", "");
        for (int k = 0; k < digits.length(); k++) {
            if (Character.digit(digits.charAt(k), b) < 0) {
                throw invalid(original, base);
            }
        }
        BigInteger value = new BigInteger(digits, b);
        if (negative) {
            value = value.negate();
        }
        return PyNumbers.normalize(value);
    }

    private static RuntimeException invalid(String s, int base) {
        return PyErrors.valueError("invalid literal for int() with base %d: %s", base, PyStr.repr(s));
    }
}
