package dev.dunder.runtime.js.inspect;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.NumberToString;

/**
 * Node's {@code util.format}: what {@code console.log(a, b, ...)} prints. Strings are
 * printed as they are, everything else through {@link Inspect}; a first string
 * argument may contain {@code %s %d %i %f %j %o %O %c %%}.
 */
public final class Format {
    private Format() {
    }

    @TruffleBoundary
    public static String format(Object[] args) {
        StringBuilder str = new StringBuilder();
        int a = 0;
        String join = "";
        if (args.length > 0 && args[0] instanceof String first) {
            if (args.length == 1) {
                return first;
            }
            int lastPos = 0;
            for (int i = 0; i < first.length() - 1; i++) {
                if (first.charAt(i) != '%') {
                    continue;
                }
                char next = first.charAt(++i);
                if (a + 1 != args.length) {
                    String temp;
                    switch (next) {
                        case 's': {
                            Object arg = args[++a];
                            if (arg instanceof Double || arg instanceof Integer) {
                                temp = formatNumber(Conversions.numberValue(arg));
                            } else if (!(arg instanceof JSObject o) || !hasBuiltinToString(o)) {
                                temp = arg instanceof JSSymbol ? arg.toString() : safeString(arg);
                            } else {
                                temp = Inspect.inspect(arg, 0);
                            }
                            break;
                        }
                        case 'j':
                            temp = json(args[++a]);
                            break;
                        case 'd': {
                            Object arg = args[++a];
                            temp = arg instanceof JSSymbol || arg instanceof JSObject ? "NaN" : formatNumber(Conversions.toNumber(arg));
                            break;
                        }
                        case 'O':
                            temp = Inspect.inspect(args[++a]);
                            break;
                        case 'o':
                            temp = Inspect.inspect(args[++a], 4);
                            break;
                        case 'i': {
                            Object arg = args[++a];
                            temp = arg instanceof JSSymbol ? "NaN" : formatNumber(parseIntLike(safeString(arg)));
                            break;
                        }
                        case 'f': {
                            Object arg = args[++a];
                            temp = arg instanceof JSSymbol ? "NaN" : formatNumber(parseFloatLike(safeString(arg)));
                            break;
                        }
                        case 'c':
                            a++;
                            temp = "";
                            break;
                        case '%':
                            str.append(first, lastPos, i);
                            lastPos = i + 1;
                            continue;
                        default:
                            continue;
                    }
                    if (lastPos != i - 1) {
                        str.append(first, lastPos, i - 1);
                    }
                    str.append(temp);
                    lastPos = i + 1;
                } else if (next == '%') {
                    str.append(first, lastPos, i);
                    lastPos = i + 1;
                }
            }
            if (lastPos != 0) {
                a++;
                join = " ";
                if (lastPos < first.length()) {
                    str.append(first.substring(lastPos));
                }
            }
        }
        while (a < args.length) {
            Object value = args[a];
            str.append(join);
            str.append(value instanceof String s ? s : Inspect.inspect(value));
            join = " ";
            a++;
        }
        return str.toString();
    }

    private static String formatNumber(double d) {
        if (d == 0 && 1 / d < 0) {
            return "-0";
        }
        return NumberToString.toString(d);
    }

    private static String safeString(Object v) {
        try {
            return Conversions.toString(v);
        } catch (JSException e) {
            return String.valueOf(v);
        }
    }

    private static double parseIntLike(String s) {
        try {
            return dev.dunder.runtime.js.model.JSRuntime.isNullish(s) ? Double.NaN : parseInt(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double parseInt(String s) {
        String t = Conversions.trim(s);
        int i = 0;
        if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        int start = i;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == start) {
            return Double.NaN;
        }
        return Double.parseDouble(t.substring(0, i));
    }

    private static double parseFloatLike(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?").matcher(Conversions.trim(s));
        return m.find() ? Double.parseDouble(m.group()) : Double.NaN;
    }

    private static String json(Object v) {
        try {
            Object r = jsonStringify(v);
            return r == null ? "undefined" : r.toString();
        } catch (JSException e) {
            if (e.getMessage().contains("circular")) {
                return "[Circular]";
            }
            throw e;
        }
    }

    private static Object jsonStringify(Object v) {
        JSObject json = (JSObject) dev.dunder.runtime.js.JSRealm.get().globalObject.get("JSON");
        Object r = JSRuntime.call(json.get("stringify"), json, v);
        return r instanceof String ? r : null;
    }

    /** Objects whose toString is the builtin one are inspected by %s; others use their own toString. */
    private static boolean hasBuiltinToString(JSObject o) {
        Object f = o.get("toString");
        if (!JSRuntime.isCallable(f)) {
            return true;
        }
        if (o.hasOwnProperty("toString")) {
            return false;
        }
        JSObject p = o;
        do {
            p = p.getPrototypeOf();
        } while (p != null && !p.hasOwnProperty("toString"));
        if (p == null) {
            return true;
        }
        String ctor = JSRuntime.constructorName(p);
        return ctor != null && (ctor.equals("Object") || ctor.equals("Array") || ctor.equals("Error") || ctor.equals("Function")
                        || ctor.equals("RegExp") || ctor.equals("Date") || ctor.equals("Map") || ctor.equals("Set"));
    }
}
