package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSRegExp;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * {@code RegExp} and {@code RegExp.prototype} (§22.2): exec with {@code lastIndex}
 * for global and sticky expressions, test, the flag getters, and the string methods'
 * regular expression halves (match, matchAll, replace, search, split).
 */
public final class RegExpBuiltins {
    private static final String FLAG_ORDER = "dgimsuvy";

    private RegExpBuiltins() {
    }

    /** RegExpCreate: a new RegExp object, SyntaxError for a bad pattern or flags. */
    @TruffleBoundary
    public static JSRegExp create(JSRealm realm, String source, String flags) {
        return create(realm, realm.regexpPrototype, source, flags);
    }

    @TruffleBoundary
    static JSRegExp create(JSRealm realm, JSObject proto, String source, String flags) {
        for (int i = 0; i < flags.length(); i++) {
            char f = flags.charAt(i);
            if (FLAG_ORDER.indexOf(f) < 0 || flags.indexOf(f) != i) {
                throw Errors.syntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
            }
        }
        RegExpTranslator.Result r = RegExpTranslator.translate(source, flags);
        JSRegExp re = new JSRegExp(JSObject.shapeFor(JSRegExp.class, proto), source, flags, r.pattern(), r.groupNames(), r.groupCount());
        re.defineDirect("lastIndex", 0.0, PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_CONFIGURABLE);
        return re;
    }

    /** EscapeRegExpPattern: the {@code source} property. */
    static String escapeSource(String s) {
        if (s.isEmpty()) {
            return "(?:)";
        }
        StringBuilder b = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                b.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            if (c == '/' && !inClass) {
                b.append("\\/");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\u2028') {
                b.append("\\u2028");
            } else if (c == '\u2029') {
                b.append("\\u2029");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static void install(JSRealm realm) {
        JSObject proto = new JSObject(realm.objectShape);
        realm.regexpPrototype = proto;
        JSFunction ctor = Builtins.constructor(realm, "RegExp", 2, (t, a, nt) -> {
            Object pattern = arg(a, 0);
            Object flags = arg(a, 1);
            if (nt == Undefined.INSTANCE && pattern instanceof JSRegExp re && flags == Undefined.INSTANCE) {
                return re;
            }
            String p;
            String f;
            if (pattern instanceof JSRegExp re) {
                p = re.getSource();
                f = flags == Undefined.INSTANCE ? re.getFlags() : Conversions.toString(flags);
            } else {
                p = pattern == Undefined.INSTANCE ? "" : Conversions.toString(pattern);
                f = flags == Undefined.INSTANCE ? "" : Conversions.toString(flags);
            }
            JSObject protoFor = realm.regexpPrototype;
            if (nt instanceof JSObject target && nt != realm.globalObject.get("RegExp")) {
                Object pp = target.get("prototype");
                if (pp instanceof JSObject po) {
                    protoFor = po;
                }
            }
            return create(realm, protoFor, p, f);
        });
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("RegExp", ctor, PropertyFlags.METHOD);

        Builtins.method(realm, proto, "exec", 1, (t, a) -> exec(realm, thisRegExp(t, "exec"), Conversions.toString(arg(a, 0))));
        Builtins.method(realm, proto, "test", 1, (t, a) -> exec(realm, thisRegExp(t, "test"), Conversions.toString(arg(a, 0))) != Null.INSTANCE);
        Builtins.method(realm, proto, "toString", 0, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "RegExp.prototype.toString");
            return "/" + Conversions.toString(o.get("source")) + "/" + Conversions.toString(o.get("flags"));
        });
        Builtins.getter(realm, proto, "source", (t, a) -> t == proto ? "(?:)" : escapeSource(thisRegExp(t, "source").getSource()));
        Builtins.getter(realm, proto, "flags", (t, a) -> {
            JSObject o = Builtins.thisObject(t, "RegExp.prototype.flags");
            StringBuilder b = new StringBuilder();
            String[] names = {"hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"};
            for (int i = 0; i < names.length; i++) {
                if (Conversions.toBoolean(o.get(names[i]))) {
                    b.append(FLAG_ORDER.charAt(i));
                }
            }
            return b.toString();
        });
        flagGetter(realm, proto, "global", 'g');
        flagGetter(realm, proto, "ignoreCase", 'i');
        flagGetter(realm, proto, "multiline", 'm');
        flagGetter(realm, proto, "dotAll", 's');
        flagGetter(realm, proto, "unicode", 'u');
        flagGetter(realm, proto, "unicodeSets", 'v');
        flagGetter(realm, proto, "sticky", 'y');
        flagGetter(realm, proto, "hasIndices", 'd');
        Builtins.method(realm, proto, JSSymbol.MATCH, "[Symbol.match]", 1, (t, a) -> match(realm, thisRegExp(t, "[Symbol.match]"), Conversions.toString(arg(a, 0))));
        Builtins.method(realm, proto, JSSymbol.MATCH_ALL, "[Symbol.matchAll]", 1,
                        (t, a) -> matchAll(realm, thisRegExp(t, "[Symbol.matchAll]"), Conversions.toString(arg(a, 0))));
        Builtins.method(realm, proto, JSSymbol.REPLACE, "[Symbol.replace]", 2,
                        (t, a) -> replace(realm, thisRegExp(t, "[Symbol.replace]"), Conversions.toString(arg(a, 0)), arg(a, 1)));
        Builtins.method(realm, proto, JSSymbol.SEARCH, "[Symbol.search]", 1, (t, a) -> search(thisRegExp(t, "[Symbol.search]"), Conversions.toString(arg(a, 0))));
        Builtins.method(realm, proto, JSSymbol.SPLIT, "[Symbol.split]", 2,
                        (t, a) -> split(realm, thisRegExp(t, "[Symbol.split]"), Conversions.toString(arg(a, 0)), arg(a, 1)));
    }

    private static void flagGetter(JSRealm realm, JSObject proto, String name, char flag) {
        Builtins.getter(realm, proto, name, (t, a) -> {
            if (t == proto) {
                return Undefined.INSTANCE;
            }
            return thisRegExp(t, name).hasFlag(flag);
        });
    }

    private static JSRegExp thisRegExp(Object t, String method) {
        if (t instanceof JSRegExp re) {
            return re;
        }
        throw Errors.typeError("RegExp.prototype." + method + " requires that 'this' be a RegExp object");
    }

    /** One successful match: the matcher state copied out, indices into the original string ({@code bounds}: start and end of each group, -1 if it did not participate). */
    record Match(int start, int end, String[] groups, int[] bounds) {
    }

    /** Matches at or after {@code from} (only at {@code from} when sticky); null if none. */
    @TruffleBoundary
    static Match matchAt(JSRegExp re, String s, int from, boolean sticky) {
        if (from > s.length()) {
            return null;
        }
        String input = re.hasFlag('u') ? s : RegExpTranslator.shiftSurrogates(s);
        Matcher m = re.getPattern().matcher(input);
        boolean found;
        if (sticky) {
            m.region(from, input.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            found = m.lookingAt();
        } else {
            found = m.find(from);
        }
        if (!found) {
            return null;
        }
        String[] groups = new String[re.getGroupCount() + 1];
        int[] bounds = new int[2 * groups.length];
        java.util.Arrays.fill(bounds, -1);
        for (int g = 0; g <= re.getGroupCount() && g <= m.groupCount(); g++) {
            int gs = m.start(g);
            groups[g] = gs < 0 ? null : s.substring(gs, m.end(g));
            bounds[2 * g] = gs;
            bounds[2 * g + 1] = gs < 0 ? -1 : m.end(g);
        }
        return new Match(m.start(), m.end(), groups, bounds);
    }

    /** RegExpBuiltinExec (§22.2.7.2). */
    @TruffleBoundary
    public static Object exec(JSRealm realm, JSRegExp re, String s) {
        boolean global = re.hasFlag('g');
        boolean sticky = re.hasFlag('y');
        long lastIndex = 0;
        if (global || sticky) {
            lastIndex = Conversions.toLength(re.get("lastIndex"));
            if (lastIndex > s.length()) {
                setLastIndex(re, 0);
                return Null.INSTANCE;
            }
        }
        Match m = matchAt(re, s, (int) lastIndex, sticky);
        if (m == null) {
            if (global || sticky) {
                setLastIndex(re, 0);
            }
            return Null.INSTANCE;
        }
        if (global || sticky) {
            setLastIndex(re, m.end());
        }
        return matchArray(realm, re, s, m);
    }

    private static void setLastIndex(JSRegExp re, double value) {
        JSRuntime.setV(re, "lastIndex", value, true);
    }

    /** The array exec returns: the match, the groups, index, input, groups object. */
    static JSArray matchArray(JSRealm realm, JSRegExp re, String s, Match m) {
        Object[] values = new Object[m.groups().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = m.groups()[i] == null ? Undefined.INSTANCE : m.groups()[i];
        }
        JSArray a = realm.newArray(values);
        a.createDataProperty("index", (double) m.start());
        a.createDataProperty("input", s);
        a.createDataProperty("groups", groupsObject(realm, re, m));
        if (re.hasFlag('d')) {
            a.createDataProperty("indices", indicesArray(realm, re, m));
        }
        return a;
    }

    /** The {@code indices} of a match with the d flag (§22.2.7.8 MakeMatchIndicesIndexPairArray). */
    private static JSArray indicesArray(JSRealm realm, JSRegExp re, Match m) {
        Object[] pairs = new Object[m.groups().length];
        for (int g = 0; g < pairs.length; g++) {
            int start = m.bounds()[2 * g];
            pairs[g] = start < 0 ? Undefined.INSTANCE : realm.newArray(new Object[]{(double) start, (double) m.bounds()[2 * g + 1]});
        }
        JSArray indices = realm.newArray(pairs);
        Object names = Undefined.INSTANCE;
        if (groupsObject(realm, re, m) != Undefined.INSTANCE) {
            JSObject byName = new JSObject(JSObject.shapeFor(JSObject.class, null));
            List<String> groupNames = re.getGroupNames();
            for (int i = 1; i < groupNames.size(); i++) {
                if (groupNames.get(i) != null) {
                    byName.createDataProperty(groupNames.get(i), pairs[i]);
                }
            }
            names = byName;
        }
        indices.createDataProperty("groups", names);
        return indices;
    }

    private static Object groupsObject(JSRealm realm, JSRegExp re, Match m) {
        boolean any = false;
        for (String n : re.getGroupNames()) {
            any |= n != null;
        }
        if (!any) {
            return Undefined.INSTANCE;
        }
        JSObject groups = new JSObject(JSObject.shapeFor(JSObject.class, null));
        List<String> names = re.getGroupNames();
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i) != null) {
                groups.createDataProperty(names.get(i), m.groups()[i] == null ? Undefined.INSTANCE : m.groups()[i]);
            }
        }
        return groups;
    }

    /** String.prototype.match / RegExp.prototype[@@match]. */
    @TruffleBoundary
    public static Object match(JSRealm realm, JSRegExp re, String s) {
        if (!re.hasFlag('g')) {
            return exec(realm, re, s);
        }
        setLastIndex(re, 0);
        List<Object> found = new ArrayList<>();
        int from = 0;
        while (from <= s.length()) {
            Match m = matchAt(re, s, from, re.hasFlag('y'));
            if (m == null) {
                break;
            }
            found.add(m.groups()[0]);
            from = m.end() == m.start() ? advance(re, s, m.end()) : m.end();
        }
        setLastIndex(re, 0);
        return found.isEmpty() ? Null.INSTANCE : JSRuntime.createArray(found);
    }

    private static int advance(JSRegExp re, String s, int index) {
        if (re.hasFlag('u') && index < s.length() && Character.isHighSurrogate(s.charAt(index)) && index + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(index + 1))) {
            return index + 2;
        }
        return index + 1;
    }

    /** String.prototype.matchAll: an iterator over all match arrays. */
    @TruffleBoundary
    public static Object matchAll(JSRealm realm, JSRegExp re, String s) {
        List<Object> results = new ArrayList<>();
        int from = (int) Math.min(Conversions.toLength(re.get("lastIndex")), s.length() + 1L);
        while (from <= s.length()) {
            Match m = matchAt(re, s, from, re.hasFlag('y'));
            if (m == null) {
                break;
            }
            results.add(matchArray(realm, re, s, m));
            from = m.end() == m.start() ? advance(re, s, m.end()) : m.end();
        }
        JSArray list = JSRuntime.createArray(results);
        return JSRuntime.call(realm.arrayValuesFunction, list);
    }

    /** String.prototype.search: the index of the first match, or -1. */
    @TruffleBoundary
    public static Object search(JSRegExp re, String s) {
        Match m = matchAt(re, s, 0, re.hasFlag('y'));
        return m == null ? -1.0 : (double) m.start();
    }

    /** String.prototype.replace with a RegExp (§22.2.6.11 RegExp.prototype[@@replace]). */
    @TruffleBoundary
    public static Object replace(JSRealm realm, JSRegExp re, String s, Object replacement) {
        boolean functional = JSRuntime.isCallable(replacement);
        String template = functional ? null : Conversions.toString(replacement);
        boolean global = re.hasFlag('g');
        List<Match> matches = new ArrayList<>();
        if (global) {
            setLastIndex(re, 0);
            int from = 0;
            while (from <= s.length()) {
                Match m = matchAt(re, s, from, re.hasFlag('y'));
                if (m == null) {
                    break;
                }
                matches.add(m);
                from = m.end() == m.start() ? advance(re, s, m.end()) : m.end();
            }
        } else {
            boolean sticky = re.hasFlag('y');
            int from = sticky ? (int) Math.min(Conversions.toLength(re.get("lastIndex")), Integer.MAX_VALUE) : 0;
            Match m = from > s.length() ? null : matchAt(re, s, from, sticky);
            if (m != null) {
                matches.add(m);
                if (sticky) {
                    setLastIndex(re, m.end());
                }
            } else if (sticky) {
                setLastIndex(re, 0);
            }
        }
        StringBuilder b = new StringBuilder();
        int next = 0;
        for (Match m : matches) {
            String replaced;
            Object groups = groupsObject(realm, re, m);
            if (functional) {
                List<Object> args = new ArrayList<>();
                for (String g : m.groups()) {
                    args.add(g == null ? Undefined.INSTANCE : g);
                }
                args.add((double) m.start());
                args.add(s);
                if (groups != Undefined.INSTANCE) {
                    args.add(groups);
                }
                replaced = Conversions.toString(JSRuntime.call(replacement, Undefined.INSTANCE, args.toArray()));
            } else {
                Object[] captures = new Object[m.groups().length - 1];
                for (int i = 1; i < m.groups().length; i++) {
                    captures[i - 1] = m.groups()[i] == null ? Undefined.INSTANCE : m.groups()[i];
                }
                replaced = substitution(m.groups()[0], s, m.start(), captures, groups == Undefined.INSTANCE ? null : (JSObject) groups, template);
            }
            if (m.start() >= next) {
                b.append(s, next, m.start()).append(replaced);
                next = m.end();
            }
        }
        b.append(s.substring(Math.min(next, s.length())));
        return b.toString();
    }

    /** GetSubstitution (§22.1.3.19.1): the $-patterns of a replacement template. */
    public static String substitution(String matched, String str, int position, Object[] captures, JSObject groups, String template) {
        StringBuilder b = new StringBuilder();
        int m = captures.length;
        int tailPos = Math.min(position + matched.length(), str.length());
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                b.append(c);
                continue;
            }
            char n = template.charAt(i + 1);
            if (n == '$') {
                b.append('$');
                i++;
            } else if (n == '&') {
                b.append(matched);
                i++;
            } else if (n == '`') {
                b.append(str, 0, position);
                i++;
            } else if (n == '\'') {
                b.append(str.substring(tailPos));
                i++;
            } else if (n >= '0' && n <= '9') {
                int digits = 1;
                int index = n - '0';
                if (i + 2 < template.length() && Character.isDigit(template.charAt(i + 2))) {
                    int two = index * 10 + (template.charAt(i + 2) - '0');
                    if (two >= 1 && two <= m) {
                        index = two;
                        digits = 2;
                    }
                }
                if (index >= 1 && index <= m) {
                    Object cap = captures[index - 1];
                    if (cap != Undefined.INSTANCE) {
                        b.append(Conversions.toString(cap));
                    }
                    i += digits;
                } else {
                    b.append('$');
                }
            } else if (n == '<' && groups != null) {
                int close = template.indexOf('>', i + 2);
                if (close < 0) {
                    b.append('$');
                } else {
                    Object v = groups.get(template.substring(i + 2, close));
                    if (v != Undefined.INSTANCE) {
                        b.append(Conversions.toString(v));
                    }
                    i = close;
                }
            } else {
                b.append('$');
            }
        }
        return b.toString();
    }

    /** String.prototype.split with a RegExp (§22.2.6.14): captures are spliced in. */
    @TruffleBoundary
    public static Object split(JSRealm realm, JSRegExp re, String s, Object limitArg) {
        long limit = limitArg == Undefined.INSTANCE ? 4294967295L : Conversions.toUint32(limitArg);
        List<Object> out = new ArrayList<>();
        if (limit == 0) {
            return JSRuntime.createArray(out);
        }
        if (s.isEmpty()) {
            if (matchAt(re, s, 0, true) == null) {
                out.add(s);
            }
            return JSRuntime.createArray(out);
        }
        int p = 0;
        int q = 0;
        while (q < s.length()) {
            Match m = matchAt(re, s, q, false);
            if (m == null || m.start() >= s.length()) {
                break;
            }
            int e = m.end();
            if (e == p || (m.start() == m.end() && m.start() == p)) {
                q = m.start() + 1;
                continue;
            }
            out.add(s.substring(p, m.start()));
            if (out.size() == limit) {
                return JSRuntime.createArray(out);
            }
            for (int i = 1; i < m.groups().length; i++) {
                out.add(m.groups()[i] == null ? Undefined.INSTANCE : m.groups()[i]);
                if (out.size() == limit) {
                    return JSRuntime.createArray(out);
                }
            }
            p = e;
            q = m.start() == m.end() ? e + 1 : e;
        }
        out.add(s.substring(Math.min(p, s.length())));
        return JSRuntime.createArray(out);
    }
}
