package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** The global object's own values and functions (§19): globalThis, NaN, parseInt, ... */
public final class GlobalBuiltins {
    private GlobalBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSObject global = realm.globalObject;
        global.defineDirect("globalThis", global, PropertyFlags.METHOD);
        Builtins.constant(global, "NaN", Double.NaN);
        Builtins.constant(global, "Infinity", Double.POSITIVE_INFINITY);
        Builtins.constant(global, "undefined", Undefined.INSTANCE);
        Builtins.method(realm, global, "isNaN", 1, (t, a) -> Double.isNaN(Conversions.toNumber(arg(a, 0))));
        Builtins.method(realm, global, "isFinite", 1, (t, a) -> {
            double d = Conversions.toNumber(arg(a, 0));
            return !Double.isNaN(d) && !Double.isInfinite(d);
        });
        Object parseFloat = Builtins.method(realm, global, "parseFloat", 1, (t, a) -> parseFloat(Conversions.toString(arg(a, 0))));
        Object parseInt = Builtins.method(realm, global, "parseInt", 2, (t, a) -> parseInt(Conversions.toString(arg(a, 0)), arg(a, 1)));
        JSObject number = (JSObject) global.get("Number");
        number.defineDirect("parseFloat", parseFloat, PropertyFlags.METHOD);
        number.defineDirect("parseInt", parseInt, PropertyFlags.METHOD);
        Builtins.method(realm, global, "encodeURIComponent", 1, (t, a) -> encode(Conversions.toString(arg(a, 0)), "-_.!~*'()"));
        Builtins.method(realm, global, "encodeURI", 1, (t, a) -> encode(Conversions.toString(arg(a, 0)), "-_.!~*'();/?:@&=+$,#"));
        Builtins.method(realm, global, "decodeURIComponent", 1, (t, a) -> decode(Conversions.toString(arg(a, 0))));
        Builtins.method(realm, global, "decodeURI", 1, (t, a) -> decode(Conversions.toString(arg(a, 0))));
    }

    /** parseFloat (§19.2.4): the longest prefix that is a StrDecimalLiteral. */
    static double parseFloat(String input) {
        String s = Conversions.trim(input);
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.startsWith("Infinity", i)) {
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digitsStart = i;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        int intDigits = i - digitsStart;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            fracDigits = j - i - 1;
            if (intDigits > 0 || fracDigits > 0) {
                i = j;
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            return Double.NaN;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j > expStart) {
                i = j;
            }
        }
        return Double.parseDouble(s.substring(0, i));
    }

    /** parseInt (§19.2.5). */
    static double parseInt(String input, Object radixArg) {
        String s = Conversions.trim(input);
        int sign = 1;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-' ? -1 : 1;
            i++;
        }
        int radix = Conversions.toInt32(radixArg);
        boolean stripPrefix = true;
        if (radix != 0) {
            if (radix < 2 || radix > 36) {
                return Double.NaN;
            }
            if (radix != 16) {
                stripPrefix = false;
            }
        } else {
            radix = 10;
        }
        if (stripPrefix && s.startsWith("0x", i) || stripPrefix && s.startsWith("0X", i)) {
            i += 2;
            radix = 16;
        }
        int start = i;
        while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0 && s.charAt(i) < 128) {
            i++;
        }
        if (i == start) {
            return Double.NaN;
        }
        String digits = s.substring(start, i);
        double value;
        if (radix == 10) {
            value = Double.parseDouble(digits);
        } else {
            value = new java.math.BigInteger(digits, radix).doubleValue();
        }
        return sign * value;
    }

    private static String encode(String s, String unreserved) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || unreserved.indexOf(c) >= 0) {
                b.append(c);
                continue;
            }
            int cp;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    throw Errors.error("URIError", "URI malformed");
                }
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else if (Character.isLowSurrogate(c)) {
                throw Errors.error("URIError", "URI malformed");
            } else {
                cp = c;
            }
            for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                b.append('%').append(String.format("%02X", x & 0xFF));
            }
        }
        return b.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Errors.error("URIError", "URI malformed");
        }
    }
}
