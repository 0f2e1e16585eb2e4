package dev.dunder.runtime.lua;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Text to numbers as Lua reads them (lobject.c's luaO_str2num): surrounding white
 * space is allowed; decimal or hexadecimal integers (a decimal integer too large
 * for 64 bits becomes a float, a hexadecimal one wraps around); decimal floats
 * with optional exponent, hexadecimal floats with a binary {@code p} exponent;
 * never "inf" or "nan". Used by numerals in source code, {@code tonumber} and the
 * string-to-number coercions of arithmetic.
 */
public final class LuaNumberParser {
    private LuaNumberParser() {
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The number {@code s} denotes (a Long or a Double), or null if it is not a numeral. */
    @TruffleBoundary
    public static Object parse(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        String t = s.substring(start, end);
        Object i = parseInteger(t);
        if (i != null) {
            return i;
        }
        return parseFloat(t);
    }

    private static Long parseInteger(String t) {
        int i = 0;
        boolean negative = false;
        if (t.charAt(0) == '-') {
            negative = true;
            i++;
        } else if (t.charAt(0) == '+') {
            i++;
        }
        long value = 0;
        boolean any = false;
        if (i + 1 < t.length() && t.charAt(i) == '0' && (t.charAt(i + 1) == 'x' || t.charAt(i + 1) == 'X')) {
            i += 2;
            for (; i < t.length(); i++) {
                int h = hexValue(t.charAt(i));
                if (h < 0) {
                    return null;
                }
                value = value * 16 + h;
                any = true;
            }
        } else {
            for (; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                int d = c - '0';
                // Lua: a decimal numeral that overflows is read as a float instead
                if (value >= Long.MAX_VALUE / 10 && (value > Long.MAX_VALUE / 10 || d > Long.MAX_VALUE % 10 + (negative ? 1 : 0))) {
                    return null;
                }
                value = value * 10 + d;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        return negative ? -value : value;
    }

    private static Double parseFloat(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == 'n' || c == 'N') {
                return null;
            }
        }
        int i = 0;
        boolean negative = false;
        if (t.charAt(0) == '-') {
            negative = true;
            i++;
        } else if (t.charAt(0) == '+') {
            i++;
        }
        Double v;
        if (i + 1 < t.length() && t.charAt(i) == '0' && (t.charAt(i + 1) == 'x' || t.charAt(i + 1) == 'X')) {
            v = parseHexFloat(t, i + 2);
        } else {
            v = parseDecimalFloat(t, i);
        }
        if (v == null) {
            return null;
        }
        return negative ? -v : v;
    }

    private static Double parseDecimalFloat(String t, int from) {
        int i = from;
        int digits = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < t.length() && t.charAt(i) == '.') {
            i++;
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < t.length() && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return null;
            }
        }
        if (i != t.length()) {
            return null;
        }
        try {
            return Double.parseDouble(t.substring(from));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Lua's lua_strx2number: hex digits, an optional fraction, an optional binary exponent. */
    private static Double parseHexFloat(String t, int from) {
        int i = from;
        BigDecimal mantissa = BigDecimal.ZERO;
        int exponent = 0;
        boolean any = false;
        boolean dot = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') {
                if (dot) {
                    break;
                }
                dot = true;
                continue;
            }
            int h = hexValue(c);
            if (h < 0) {
                break;
            }
            mantissa = mantissa.multiply(BigDecimal.valueOf(16)).add(BigDecimal.valueOf(h));
            if (dot) {
                exponent -= 4;
            }
            any = true;
        }
        if (!any) {
            return null;
        }
        if (i < t.length() && (t.charAt(i) == 'p' || t.charAt(i) == 'P')) {
            i++;
            boolean neg = false;
            if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                neg = t.charAt(i) == '-';
                i++;
            }
            int e = 0;
            int expDigits = 0;
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                e = Math.min(e * 10 + (t.charAt(i) - '0'), 100000);
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return null;
            }
            exponent += neg ? -e : e;
        }
        if (i != t.length()) {
            return null;
        }
        return scale(mantissa, exponent);
    }

    private static double scale(BigDecimal mantissa, int exponent) {
        if (mantissa.signum() == 0) {
            return 0.0;
        }
        if (exponent >= 0) {
            if (exponent > 5000) {
                return Double.POSITIVE_INFINITY;
            }
            return mantissa.multiply(new BigDecimal(java.math.BigInteger.TWO.pow(exponent))).doubleValue();
        }
        if (exponent < -5000) {
            return 0.0;
        }
        return mantissa.divide(new BigDecimal(java.math.BigInteger.TWO.pow(-exponent))).doubleValue();
    }

    /** {@code tonumber(s, base)}: an integer in the given base (2..36), or null. */
    @TruffleBoundary
    public static Long parseInBase(String s, int base) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        String t = s.substring(start, end);
        if (t.isEmpty()) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (t.charAt(0) == '-') {
            negative = true;
            i++;
        }
        if (i == t.length()) {
            return null;
        }
        long value = 0;
        for (; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
            if (d >= base) {
                return null;
            }
            value = value * base + d;
        }
        return negative ? -value : value;
    }
}
