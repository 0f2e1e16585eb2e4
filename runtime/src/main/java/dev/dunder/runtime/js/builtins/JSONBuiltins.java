package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSPrimitiveObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.NumberToString;

/** The {@code JSON} object (§25.5): parse with V8's error messages and stringify. */
public final class JSONBuiltins {
    private JSONBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSObject json = new JSObject(realm.objectShape);
        realm.globalObject.defineDirect("JSON", json, PropertyFlags.METHOD);
        json.defineDirect(JSSymbol.TO_STRING_TAG, "JSON", PropertyFlags.CONFIGURABLE_ONLY);
        Builtins.method(realm, json, "parse", 2, (t, a) -> {
            String text = Conversions.toString(arg(a, 0));
            Object value = new Parser(realm, text).parseTop();
            Object reviver = arg(a, 1);
            if (JSRuntime.isCallable(reviver)) {
                JSObject root = realm.newObject();
                root.createDataProperty("", value);
                return internalize(root, "", reviver);
            }
            return value;
        });
        Builtins.method(realm, json, "stringify", 3, (t, a) -> stringify(realm, arg(a, 0), arg(a, 1), arg(a, 2)));
    }

    private static Object internalize(JSObject holder, String name, Object reviver) {
        Object val = holder.get(name);
        if (val instanceof JSObject o) {
            if (ArrayBuiltins.isArray(o)) {
                long len = JSRuntime.lengthOfArrayLike(o);
                for (long i = 0; i < len; i++) {
                    revive(o, Long.toString(i), reviver);
                }
            } else {
                for (Object k : o.ownPropertyKeys()) {
                    if (k instanceof String s) {
                        PropertyDescriptor d = o.getOwnProperty(s);
                        if (d != null && d.enumerable) {
                            revive(o, s, reviver);
                        }
                    }
                }
            }
        }
        return JSRuntime.call(reviver, holder, name, val);
    }

    private static void revive(JSObject o, String key, Object reviver) {
        Object v = internalize(o, key, reviver);
        if (v == Undefined.INSTANCE) {
            o.delete(key);
        } else {
            o.createDataProperty(key, v);
        }
    }

    /** A JSON text parser with V8's messages. */
    private static final class Parser {
        private final JSRealm realm;
        private final String s;
        private int i;

        Parser(JSRealm realm, String s) {
            this.realm = realm;
            this.s = s;
        }

        RuntimeException error(String message) {
            return Errors.syntaxError(message);
        }

        RuntimeException unexpected() {
            if (i >= s.length()) {
                return error("Unexpected end of JSON input");
            }
            char c = s.charAt(i);
            return error("Unexpected token '" + c + "', " + snippet() + " is not valid JSON");
        }

        private String snippet() {
            if (s.length() <= 40) {
                return "\"" + s + "\"";
            }
            int from = Math.max(0, i - 10);
            int to = Math.min(s.length(), i + 10);
            return (from > 0 ? "\"..." : "\"") + s.substring(from, to) + (to < s.length() ? "...\"" : "\"");
        }

        void skipWs() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    i++;
                } else {
                    break;
                }
            }
        }

        Object parseTop() {
            skipWs();
            if (i >= s.length()) {
                throw error("Unexpected end of JSON input");
            }
            String trimmed = s.trim();
            if (trimmed.equals("undefined") || trimmed.equals("NaN") || trimmed.equals("Infinity")) {
                throw error("\"" + s + "\" is not valid JSON");
            }
            Object v = value();
            skipWs();
            if (i < s.length()) {
                throw error("Unexpected non-whitespace character after JSON at position " + i);
            }
            return v;
        }

        Object value() {
            skipWs();
            if (i >= s.length()) {
                throw error("Unexpected end of JSON input");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", Null.INSTANCE);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw unexpected();
            }
        }

        Object literal(String word, Object v) {
            for (int k = 0; k < word.length(); k++) {
                if (i + k >= s.length()) {
                    i = s.length();
                    throw unexpected();
                }
                if (s.charAt(i + k) != word.charAt(k)) {
                    i += k;
                    throw unexpected();
                }
            }
            i += word.length();
            return v;
        }

        Object number() {
            int start = i;
            if (s.charAt(i) == '-') {
                i++;
                if (i >= s.length() || !Character.isDigit(s.charAt(i))) {
                    throw error("No number after minus sign in JSON at position " + i);
                }
            }
            if (s.charAt(i) == '0') {
                i++;
                if (i < s.length() && Character.isDigit(s.charAt(i))) {
                    throw error("Unexpected number in JSON at position " + i);
                }
            } else {
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                if (i >= s.length() || !Character.isDigit(s.charAt(i))) {
                    throw error("Unterminated fractional number in JSON at position " + i);
                }
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                if (i >= s.length() || !Character.isDigit(s.charAt(i))) {
                    throw error("Exponent part is missing a number in JSON at position " + i);
                }
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
            return Double.parseDouble(s.substring(start, i));
        }

        String string() {
            i++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("Unterminated string in JSON at position " + i);
                }
                char c = s.charAt(i);
                if (c == '"') {
                    i++;
                    return b.toString();
                }
                if (c < 0x20) {
                    throw error("Bad control character in string literal in JSON at position " + i);
                }
                if (c == '\\') {
                    i++;
                    if (i >= s.length()) {
                        throw error("Unterminated string in JSON at position " + i);
                    }
                    char e = s.charAt(i);
                    switch (e) {
                        case '"', '\\', '/' -> b.append(e);
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            if (i + 4 >= s.length()) {
                                throw error("Bad Unicode escape in JSON at position " + i);
                            }
                            try {
                                b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            } catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
                                throw error("Bad Unicode escape in JSON at position " + (i - 1));
                            }
                            i += 4;
                        }
                        default -> throw error("Bad escaped character in JSON at position " + (i - 1));
                    }
                    i++;
                    continue;
                }
                b.append(c);
                i++;
            }
        }

        Object array() {
            i++;
            List<Object> values = new ArrayList<>();
            skipWs();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return realm.newArray(new Object[0]);
            }
            while (true) {
                values.add(value());
                skipWs();
                if (i >= s.length()) {
                    throw error("Expected ',' or ']' after array element in JSON at position " + i);
                }
                char c = s.charAt(i);
                if (c == ',') {
                    i++;
                    skipWs();
                    if (i < s.length() && s.charAt(i) == ']') {
                        throw unexpected();
                    }
                    continue;
                }
                if (c == ']') {
                    i++;
                    return JSRuntime.createArray(values);
                }
                throw error("Expected ',' or ']' after array element in JSON at position " + i);
            }
        }

        Object object() {
            i++;
            JSObject o = realm.newObject();
            skipWs();
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return o;
            }
            boolean first = true;
            while (true) {
                skipWs();
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw error((first ? "Expected property name or '}'" : "Expected double-quoted property name") + " in JSON at position " + i);
                }
                first = false;
                String key = string();
                skipWs();
                if (i >= s.length() || s.charAt(i) != ':') {
                    throw error("Expected ':' after property name in JSON at position " + i);
                }
                i++;
                Object v = value();
                o.defineOwnProperty(key, PropertyDescriptor.data(v, true, true, true));
                skipWs();
                if (i >= s.length()) {
                    throw error("Expected ',' or '}' after property value in JSON at position " + i);
                }
                char c = s.charAt(i);
                if (c == ',') {
                    i++;
                    continue;
                }
                if (c == '}') {
                    i++;
                    return o;
                }
                throw error("Expected ',' or '}' after property value in JSON at position " + i);
            }
        }
    }

    // ---- stringify ----------------------------------------------------------------------------------

    private static final class State {
        Object replacerFunction;
        List<String> propertyList;
        String gap = "";
        String indent = "";
        final List<JSObject> stack = new ArrayList<>();
        final List<String> stackKeys = new ArrayList<>();
    }

    static Object stringify(JSRealm realm, Object value, Object replacer, Object space) {
        State st = new State();
        if (JSRuntime.isCallable(replacer)) {
            st.replacerFunction = replacer;
        } else if (ArrayBuiltins.isArray(replacer)) {
            Set<String> list = new LinkedHashSet<>();
            JSObject r = (JSObject) replacer;
            long len = JSRuntime.lengthOfArrayLike(r);
            for (long k = 0; k < len; k++) {
                Object v = r.get(Long.toString(k));
                if (v instanceof String sv) {
                    list.add(sv);
                } else if (Conversions.isNumber(v)) {
                    list.add(Conversions.toString(v));
                } else if (v instanceof JSPrimitiveObject p && (p.getPrimitive() instanceof String || Conversions.isNumber(p.getPrimitive()))) {
                    list.add(Conversions.toString(v));
                }
            }
            st.propertyList = new ArrayList<>(list);
        }
        Object sp = space;
        if (sp instanceof JSPrimitiveObject p) {
            sp = Conversions.isNumber(p.getPrimitive()) ? (Object) Conversions.toNumber(sp) : Conversions.toString(sp);
        }
        if (Conversions.isNumber(sp)) {
            int n = (int) Math.max(0, Math.min(10, Conversions.toIntegerOrInfinity(sp)));
            st.gap = " ".repeat(n);
        } else if (sp instanceof String str) {
            st.gap = str.length() > 10 ? str.substring(0, 10) : str;
        }
        JSObject wrapper = realm.newObject();
        wrapper.createDataProperty("", value);
        String result = serializeProperty(realm, st, "", wrapper);
        return result == null ? Undefined.INSTANCE : result;
    }

    private static String serializeProperty(JSRealm realm, State st, String key, JSObject holder) {
        Object value = holder.get(key);
        if (value instanceof JSObject o) {
            Object toJSON = o.get("toJSON");
            if (JSRuntime.isCallable(toJSON)) {
                value = JSRuntime.call(toJSON, value, key);
            }
        }
        if (st.replacerFunction != null) {
            value = JSRuntime.call(st.replacerFunction, holder, key, value);
        }
        if (value instanceof JSPrimitiveObject p) {
            Object prim = p.getPrimitive();
            if (Conversions.isNumber(prim)) {
                value = Conversions.toNumber(value);
            } else if (prim instanceof String) {
                value = Conversions.toString(value);
            } else if (prim instanceof Boolean) {
                value = prim;
            }
        }
        if (value == Null.INSTANCE) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Integer i) {
            return Integer.toString(i);
        }
        if (value instanceof Double d) {
            return Double.isNaN(d) || Double.isInfinite(d) ? "null" : NumberToString.toString(d);
        }
        if (value instanceof JSObject o && !o.isCallable()) {
            return ArrayBuiltins.isArray(o) ? serializeArray(realm, st, o, key) : serializeObject(realm, st, o, key);
        }
        return null;
    }

    private static void enter(State st, JSObject o, String key) {
        for (int k = 0; k < st.stack.size(); k++) {
            if (st.stack.get(k) == o) {
                throw circular(st, k, key);
            }
        }
        st.stack.add(o);
        st.stackKeys.add(key);
    }

    private static RuntimeException circular(State st, int start, String closingKey) {
        StringBuilder b = new StringBuilder("Converting circular structure to JSON\n    --> starting at object with constructor '");
        b.append(ctorName(st.stack.get(start))).append("'");
        for (int k = start + 1; k < st.stack.size(); k++) {
            b.append("\n    |     ").append(describeKey(st.stack.get(k - 1), st.stackKeys.get(k))).append(" -> object with constructor '")
                            .append(ctorName(st.stack.get(k))).append("'");
        }
        b.append("\n    --- ").append(describeKey(st.stack.get(st.stack.size() - 1), closingKey)).append(" closes the circle");
        return Errors.typeError(b.toString());
    }

    private static String describeKey(JSObject parent, String key) {
        return ArrayBuiltins.isArray(parent) ? "index " + key : "property '" + key + "'";
    }

    private static String ctorName(JSObject o) {
        String n = JSRuntime.constructorName(o);
        return n == null ? "Object" : n;
    }

    private static String serializeObject(JSRealm realm, State st, JSObject o, String key) {
        enter(st, o, key);
        String stepback = st.indent;
        st.indent = st.indent + st.gap;
        List<String> keys = new ArrayList<>();
        if (st.propertyList != null) {
            keys.addAll(st.propertyList);
        } else {
            for (Object k : o.ownPropertyKeys()) {
                if (k instanceof String s) {
                    PropertyDescriptor d = o.getOwnProperty(s);
                    if (d != null && d.enumerable) {
                        keys.add(s);
                    }
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            String v = serializeProperty(realm, st, k, o);
            if (v != null) {
                parts.add(quote(k) + ":" + (st.gap.isEmpty() ? "" : " ") + v);
            }
        }
        String result;
        if (parts.isEmpty()) {
            result = "{}";
        } else if (st.gap.isEmpty()) {
            result = "{" + String.join(",", parts) + "}";
        } else {
            result = "{\n" + st.indent + String.join(",\n" + st.indent, parts) + "\n" + stepback + "}";
        }
        st.stack.remove(st.stack.size() - 1);
        st.stackKeys.remove(st.stackKeys.size() - 1);
        st.indent = stepback;
        return result;
    }

    private static String serializeArray(JSRealm realm, State st, JSObject o, String key) {
        enter(st, o, key);
        String stepback = st.indent;
        st.indent = st.indent + st.gap;
        long len = JSRuntime.lengthOfArrayLike(o);
        List<String> parts = new ArrayList<>();
        for (long k = 0; k < len; k++) {
            String v = serializeProperty(realm, st, Long.toString(k), o);
            parts.add(v == null ? "null" : v);
        }
        String result;
        if (parts.isEmpty()) {
            result = "[]";
        } else if (st.gap.isEmpty()) {
            result = "[" + String.join(",", parts) + "]";
        } else {
            result = "[\n" + st.indent + String.join(",\n" + st.indent, parts) + "\n" + stepback + "]";
        }
        st.stack.remove(st.stack.size() - 1);
        st.stackKeys.remove(st.stackKeys.size() - 1);
        st.indent = stepback;
        return result;
    }

    /** QuoteJSONString (§25.5.2.3). */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                        if (paired) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            b.append(String.format("\\u%04x", (int) c));
                        }
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
