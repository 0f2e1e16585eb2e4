package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSIteratorObject;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSPrimitiveObject;
import dev.dunder.runtime.js.objects.JSRegExp;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** {@code String} and {@code String.prototype} (§22.1). Strings are Java strings: the same UTF-16 code units. */
public final class StringBuiltins {
    private StringBuiltins() {
    }

    /** {@code this} of a String.prototype method as a string (RequireObjectCoercible, then ToString). */
    static String thisString(Object t, String method) {
        if (t instanceof String s) {
            return s;
        }
        if (JSRuntime.isNullish(t)) {
            throw Errors.typeError("String.prototype." + method + " called on null or undefined");
        }
        return Conversions.toString(t);
    }

    public static void install(JSRealm realm) {
        JSObject proto = new JSObject(realm.objectShape);
        realm.stringPrototype = proto;
        JSFunction ctor = Builtins.constructor(realm, "String", 1, (t, a, nt) -> {
            String s;
            if (a.length == 0) {
                s = "";
            } else if (nt == Undefined.INSTANCE && a[0] instanceof JSSymbol sym) {
                return sym.toString();
            } else {
                s = Conversions.toString(a[0]);
            }
            if (nt == Undefined.INSTANCE) {
                return s;
            }
            Object p = ((JSObject) nt).get("prototype");
            return new JSPrimitiveObject(JSObject.shapeFor(JSPrimitiveObject.class, p instanceof JSObject po ? po : realm.stringPrototype), s);
        });
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("String", ctor, PropertyFlags.METHOD);

        Builtins.method(realm, ctor, "fromCharCode", 1, (t, a) -> {
            StringBuilder b = new StringBuilder();
            for (Object v : a) {
                b.append(Conversions.toUint16(v));
            }
            return b.toString();
        });
        Builtins.method(realm, ctor, "fromCodePoint", 1, (t, a) -> {
            StringBuilder b = new StringBuilder();
            for (Object v : a) {
                double d = Conversions.toNumber(v);
                if (d != Math.floor(d) || d < 0 || d > 0x10FFFF) {
                    throw Errors.rangeError("Invalid code point " + Conversions.toString(v));
                }
                b.appendCodePoint((int) d);
            }
            return b.toString();
        });
        Builtins.method(realm, ctor, "raw", 1, (t, a) -> {
            JSObject cooked = Conversions.toObject(arg(a, 0));
            JSObject raw = Conversions.toObject(cooked.get("raw"));
            long len = JSRuntime.lengthOfArrayLike(raw);
            StringBuilder b = new StringBuilder();
            for (long i = 0; i < len; i++) {
                b.append(Conversions.toString(raw.get(Long.toString(i))));
                if (i + 1 < len && i + 1 < a.length) {
                    b.append(Conversions.toString(a[(int) i + 1]));
                }
            }
            return b.toString();
        });

        Builtins.method(realm, proto, "toString", 0, (t, a) -> thisStringValue(t, "toString"));
        Builtins.method(realm, proto, "valueOf", 0, (t, a) -> thisStringValue(t, "valueOf"));
        Builtins.method(realm, proto, "at", 1, (t, a) -> {
            String s = thisString(t, "at");
            double rel = Conversions.toIntegerOrInfinity(arg(a, 0));
            double k = rel >= 0 ? rel : s.length() + rel;
            return k < 0 || k >= s.length() ? Undefined.INSTANCE : String.valueOf(s.charAt((int) k));
        });
        Builtins.method(realm, proto, "charAt", 1, (t, a) -> {
            String s = thisString(t, "charAt");
            double k = Conversions.toIntegerOrInfinity(arg(a, 0));
            return k < 0 || k >= s.length() ? "" : String.valueOf(s.charAt((int) k));
        });
        Builtins.method(realm, proto, "charCodeAt", 1, (t, a) -> {
            String s = thisString(t, "charCodeAt");
            double k = Conversions.toIntegerOrInfinity(arg(a, 0));
            return k < 0 || k >= s.length() ? Double.NaN : (double) s.charAt((int) k);
        });
        Builtins.method(realm, proto, "codePointAt", 1, (t, a) -> {
            String s = thisString(t, "codePointAt");
            double k = Conversions.toIntegerOrInfinity(arg(a, 0));
            return k < 0 || k >= s.length() ? (Object) Undefined.INSTANCE : (Object) (double) s.codePointAt((int) k);
        });
        Builtins.method(realm, proto, "concat", 1, (t, a) -> {
            StringBuilder b = new StringBuilder(thisString(t, "concat"));
            for (Object v : a) {
                b.append(Conversions.toString(v));
            }
            return b.toString();
        });
        Builtins.method(realm, proto, "endsWith", 1, (t, a) -> {
            String s = thisString(t, "endsWith");
            String search = searchString(arg(a, 0), "endsWith");
            int end = arg(a, 1) == Undefined.INSTANCE ? s.length() : (int) Math.max(0, Math.min(Conversions.toIntegerOrInfinity(a[1]), s.length()));
            int start = end - search.length();
            return start >= 0 && s.startsWith(search, start);
        });
        Builtins.method(realm, proto, "startsWith", 1, (t, a) -> {
            String s = thisString(t, "startsWith");
            String search = searchString(arg(a, 0), "startsWith");
            int start = (int) Math.max(0, Math.min(Conversions.toIntegerOrInfinity(arg(a, 1)), s.length()));
            return s.startsWith(search, start);
        });
        Builtins.method(realm, proto, "includes", 1, (t, a) -> {
            String s = thisString(t, "includes");
            String search = searchString(arg(a, 0), "includes");
            int start = (int) Math.max(0, Math.min(Conversions.toIntegerOrInfinity(arg(a, 1)), s.length()));
            return s.indexOf(search, start) >= 0;
        });
        Builtins.method(realm, proto, "indexOf", 1, (t, a) -> {
            String s = thisString(t, "indexOf");
            String search = Conversions.toString(arg(a, 0));
            int start = (int) Math.max(0, Math.min(Conversions.toIntegerOrInfinity(arg(a, 1)), s.length()));
            return (double) s.indexOf(search, start);
        });
        Builtins.method(realm, proto, "lastIndexOf", 1, (t, a) -> {
            String s = thisString(t, "lastIndexOf");
            String search = Conversions.toString(arg(a, 0));
            double n = Conversions.toNumber(arg(a, 1));
            int start = n != n ? s.length() : (int) Math.max(0, Math.min(Conversions.toIntegerOrInfinity(n), s.length()));
            return (double) s.lastIndexOf(search, start);
        });
        Builtins.method(realm, proto, "localeCompare", 1, (t, a) -> {
            String s = thisString(t, "localeCompare");
            String other = Conversions.toString(arg(a, 0));
            java.text.Collator c = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
            int r = c.compare(s, other);
            return (double) Integer.signum(r);
        });
        Builtins.method(realm, proto, "normalize", 0, (t, a) -> {
            String s = thisString(t, "normalize");
            String form = arg(a, 0) == Undefined.INSTANCE ? "NFC" : Conversions.toString(arg(a, 0));
            Normalizer.Form f = switch (form) {
                case "NFC" -> Normalizer.Form.NFC;
                case "NFD" -> Normalizer.Form.NFD;
                case "NFKC" -> Normalizer.Form.NFKC;
                case "NFKD" -> Normalizer.Form.NFKD;
                default -> throw Errors.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
            };
            return Normalizer.normalize(s, f);
        });
        Builtins.method(realm, proto, "padEnd", 1, (t, a) -> pad(thisString(t, "padEnd"), a, false));
        Builtins.method(realm, proto, "padStart", 1, (t, a) -> pad(thisString(t, "padStart"), a, true));
        Builtins.method(realm, proto, "repeat", 1, (t, a) -> {
            String s = thisString(t, "repeat");
            double n = Conversions.toIntegerOrInfinity(arg(a, 0));
            if (n < 0 || Double.isInfinite(n)) {
                throw Errors.rangeError("Invalid count value: " + Conversions.toString(arg(a, 0)));
            }
            if ((long) n * s.length() > (1 << 29)) {
                throw Errors.rangeError("Invalid string length");
            }
            return s.repeat((int) n);
        });
        Builtins.method(realm, proto, "slice", 2, (t, a) -> {
            String s = thisString(t, "slice");
            int len = s.length();
            int from = (int) Conversions.relativeIndex(arg(a, 0), len, 0);
            int to = (int) Conversions.relativeIndex(arg(a, 1), len, len);
            return from >= to ? "" : s.substring(from, to);
        });
        Builtins.method(realm, proto, "substring", 2, (t, a) -> {
            String s = thisString(t, "substring");
            int len = s.length();
            int start = (int) Math.max(0, Math.min(Conversions.toIntegerOrInfinity(arg(a, 0)), len));
            int end = arg(a, 1) == Undefined.INSTANCE ? len : (int) Math.max(0, Math.min(Conversions.toIntegerOrInfinity(a[1]), len));
            return s.substring(Math.min(start, end), Math.max(start, end));
        });
        Builtins.method(realm, proto, "substr", 2, (t, a) -> {
            String s = thisString(t, "substr");
            int len = s.length();
            int start = (int) Conversions.relativeIndex(arg(a, 0), len, 0);
            double length = arg(a, 1) == Undefined.INSTANCE ? len : Conversions.toIntegerOrInfinity(a[1]);
            int end = (int) Math.min(start + Math.max(0, Math.min(length, len)), len);
            return start >= end ? "" : s.substring(start, end);
        });
        Builtins.method(realm, proto, "toLowerCase", 0, (t, a) -> thisString(t, "toLowerCase").toLowerCase(java.util.Locale.ROOT));
        Builtins.method(realm, proto, "toUpperCase", 0, (t, a) -> thisString(t, "toUpperCase").toUpperCase(java.util.Locale.ROOT));
        Builtins.method(realm, proto, "toLocaleLowerCase", 0, (t, a) -> thisString(t, "toLocaleLowerCase").toLowerCase(java.util.Locale.ROOT));
        Builtins.method(realm, proto, "toLocaleUpperCase", 0, (t, a) -> thisString(t, "toLocaleUpperCase").toUpperCase(java.util.Locale.ROOT));
        Builtins.method(realm, proto, "trim", 0, (t, a) -> Conversions.trim(thisString(t, "trim")));
        Builtins.method(realm, proto, "trimStart", 0, (t, a) -> {
            String s = thisString(t, "trimStart");
            int i = 0;
            while (i < s.length() && Conversions.isWhitespace(s.charAt(i))) {
                i++;
            }
            return s.substring(i);
        });
        Builtins.method(realm, proto, "trimEnd", 0, (t, a) -> {
            String s = thisString(t, "trimEnd");
            int i = s.length();
            while (i > 0 && Conversions.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
            return s.substring(0, i);
        });
        Builtins.method(realm, proto, "split", 2, (t, a) -> {
            String s = thisString(t, "split");
            Object sep = arg(a, 0);
            if (sep instanceof JSRegExp re) {
                return RegExpBuiltins.split(realm, re, s, arg(a, 1));
            }
            long limit = arg(a, 1) == Undefined.INSTANCE ? 4294967295L : Conversions.toUint32(arg(a, 1));
            List<Object> parts = new ArrayList<>();
            if (limit == 0) {
                return JSRuntime.createArray(parts);
            }
            if (sep == Undefined.INSTANCE) {
                parts.add(s);
                return JSRuntime.createArray(parts);
            }
            String r = Conversions.toString(sep);
            if (r.isEmpty()) {
                for (int i = 0; i < s.length() && parts.size() < limit; i++) {
                    parts.add(String.valueOf(s.charAt(i)));
                }
                return JSRuntime.createArray(parts);
            }
            int from = 0;
            int at;
            while ((at = s.indexOf(r, from)) >= 0 && parts.size() < limit) {
                parts.add(s.substring(from, at));
                from = at + r.length();
            }
            if (parts.size() < limit) {
                parts.add(s.substring(from));
            }
            return JSRuntime.createArray(parts);
        });
        Builtins.method(realm, proto, "match", 1, (t, a) -> {
            String s = thisString(t, "match");
            Object rx = arg(a, 0);
            JSRegExp re = rx instanceof JSRegExp r ? r : RegExpBuiltins.create(realm, rx == Undefined.INSTANCE ? "(?:)" : Conversions.toString(rx), "");
            return RegExpBuiltins.match(realm, re, s);
        });
        Builtins.method(realm, proto, "matchAll", 1, (t, a) -> {
            String s = thisString(t, "matchAll");
            Object rx = arg(a, 0);
            if (rx instanceof JSRegExp r && !r.hasFlag('g')) {
                throw Errors.typeError("String.prototype.matchAll called with a non-global RegExp argument");
            }
            JSRegExp re = rx instanceof JSRegExp r ? r : RegExpBuiltins.create(realm, Conversions.toString(rx), "g");
            return RegExpBuiltins.matchAll(realm, re, s);
        });
        Builtins.method(realm, proto, "search", 1, (t, a) -> {
            String s = thisString(t, "search");
            Object rx = arg(a, 0);
            JSRegExp re = rx instanceof JSRegExp r ? r : RegExpBuiltins.create(realm, rx == Undefined.INSTANCE ? "(?:)" : Conversions.toString(rx), "");
            return RegExpBuiltins.search(re, s);
        });
        Builtins.method(realm, proto, "replace", 2, (t, a) -> {
            String s = thisString(t, "replace");
            Object pattern = arg(a, 0);
            if (pattern instanceof JSRegExp re) {
                return RegExpBuiltins.replace(realm, re, s, arg(a, 1));
            }
            return replaceString(realm, s, Conversions.toString(pattern), arg(a, 1), false);
        });
        Builtins.method(realm, proto, "replaceAll", 2, (t, a) -> {
            String s = thisString(t, "replaceAll");
            Object pattern = arg(a, 0);
            if (pattern instanceof JSRegExp re) {
                if (!re.hasFlag('g')) {
                    throw Errors.typeError("String.prototype.replaceAll called with a non-global RegExp argument");
                }
                return RegExpBuiltins.replace(realm, re, s, arg(a, 1));
            }
            return replaceString(realm, s, Conversions.toString(pattern), arg(a, 1), true);
        });
        Builtins.method(realm, proto, JSSymbol.ITERATOR, "[Symbol.iterator]", 0, (t, a) -> IteratorBuiltins.create(realm, realm.stringIteratorPrototype,
                        thisString(t, "[Symbol.iterator]"), JSIteratorObject.Kind.VALUES, "String Iterator"));
    }

    private static String thisStringValue(Object t, String method) {
        if (t instanceof String s) {
            return s;
        }
        if (t instanceof JSPrimitiveObject p && p.getPrimitive() instanceof String s) {
            return s;
        }
        throw Errors.typeError("String.prototype." + method + " requires that 'this' be a String");
    }

    private static String searchString(Object v, String method) {
        if (v instanceof JSRegExp) {
            throw Errors.typeError("First argument to String.prototype." + method + " must not be a regular expression");
        }
        return Conversions.toString(v);
    }

    private static String pad(String s, Object[] a, boolean start) {
        long maxLength = Conversions.toLength(arg(a, 0));
        if (maxLength <= s.length()) {
            return s;
        }
        String filler = arg(a, 1) == Undefined.INSTANCE ? " " : Conversions.toString(a[1]);
        if (filler.isEmpty()) {
            return s;
        }
        int fillLen = (int) (maxLength - s.length());
        StringBuilder b = new StringBuilder();
        while (b.length() < fillLen) {
            b.append(filler);
        }
        b.setLength(fillLen);
        return start ? b + s : s + b;
    }

    /** String.prototype.replace/replaceAll with a string pattern (§22.1.3.19-20). */
    private static String replaceString(JSRealm realm, String s, String search, Object replacement, boolean all) {
        boolean functional = JSRuntime.isCallable(replacement);
        String template = functional ? null : Conversions.toString(replacement);
        List<Integer> positions = new ArrayList<>();
        int advance = Math.max(1, search.length());
        int pos = s.indexOf(search);
        while (pos >= 0) {
            positions.add(pos);
            if (!all) {
                break;
            }
            pos = pos + advance > s.length() ? -1 : s.indexOf(search, pos + advance);
        }
        if (positions.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int endOfLast = 0;
        for (int p : positions) {
            b.append(s, endOfLast, p);
            if (functional) {
                b.append(Conversions.toString(JSRuntime.call(replacement, Undefined.INSTANCE, search, (double) p, s)));
            } else {
                b.append(RegExpBuiltins.substitution(search, s, p, new Object[0], null, template));
            }
            endOfLast = p + search.length();
        }
        b.append(s.substring(Math.min(endOfLast, s.length())));
        return b.toString();
    }
}
