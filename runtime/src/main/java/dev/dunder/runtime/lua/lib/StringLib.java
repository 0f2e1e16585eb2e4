package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaBuiltin;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaCalls;
import dev.dunder.runtime.lua.model.LuaIndex;
import dev.dunder.runtime.lua.model.LuaMetatables;
import dev.dunder.runtime.lua.model.LuaOperators;

/**
 * The string library (reference manual 6.4) and the metatable all strings share: its
 * {@code __index} is this library, so {@code ("%s %s"):format(1, 2)} works, and its
 * arithmetic metamethods convert strings to numbers ({@code "10" + 1} is 11).
 */
public final class StringLib {
    /** lstrlib.c's MAXSIZE for string.rep results (a Java string holds at most this much). */
    private static final long MAX_SIZE = Integer.MAX_VALUE - 8;

    private StringLib() {
    }

    public static LuaTable install(LuaContext ctx, LuaTable g) {
        LuaTable string = new LuaTable();
        Library lib = new Library(ctx, string, "string.");
        lib.add("len", args -> (long) Args.checkString(args, 1).length());
        lib.add("sub", StringLib::sub);
        lib.add("upper", args -> upper(Args.checkString(args, 1)));
        lib.add("lower", args -> lower(Args.checkString(args, 1)));
        lib.add("rep", StringLib::rep);
        lib.add("reverse", args -> new StringBuilder(Args.checkString(args, 1)).reverse().toString());
        lib.add("byte", StringLib::bytes);
        lib.add("char", StringLib::chars);
        lib.add("format", StringFormat::format);
        lib.add("find", args -> find(args, true));
        lib.add("match", args -> find(args, false));
        lib.add("gmatch", args -> gmatch(ctx, args));
        lib.add("gsub", StringLib::gsub);
        g.rawSetStr("string", string);

        LuaTable meta = new LuaTable();
        meta.rawSetStr("__index", string);
        Library metaLib = new Library(ctx, meta, "");
        for (String event : new String[]{"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__idiv"}) {
            metaLib.add(event, args -> LuaOperators.stringArith(event, Args.get(args, 1), Args.get(args, 2)));
        }
        ctx.setStringMetatable(meta);
        return string;
    }

    /** A 1-based start position (Lua's posrelatI): negative counts from the end, 0 is 1. */
    static long startPosition(long pos, long len) {
        if (pos > 0) {
            return pos;
        } else if (pos == 0) {
            return 1;
        } else if (pos < -len) {
            return 1;
        }
        return len + pos + 1;
    }

    /** A 1-based end position (Lua's getendpos). */
    static long endPosition(long pos, long len) {
        if (pos > len) {
            return len;
        } else if (pos >= 0) {
            return pos;
        } else if (pos < -len) {
            return 0;
        }
        return len + pos + 1;
    }

    private static Object sub(Object[] args) {
        String s = Args.checkString(args, 1);
        long len = s.length();
        long start = startPosition(Args.optInteger(args, 2, 1), len);
        long end = endPosition(Args.optInteger(args, 3, -1), len);
        if (start > end) {
            return "";
        }
        return s.substring((int) start - 1, (int) end);
    }

    private static String upper(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= 'a' && cs[i] <= 'z') {
                cs[i] -= 32;
            }
        }
        return new String(cs);
    }

    private static String lower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= 'A' && cs[i] <= 'Z') {
                cs[i] += 32;
            }
        }
        return new String(cs);
    }

    private static Object rep(Object[] args) {
        String s = Args.checkString(args, 1);
        long n = Args.checkInteger(args, 2);
        String sep = Args.optString(args, 3, "");
        if (n <= 0) {
            return "";
        }
        long total = s.length() * n + sep.length() * (n - 1);
        if (s.length() + sep.length() > 0 && (total < 0 || total > MAX_SIZE || (s.length() + sep.length()) > MAX_SIZE / n)) {
            throw LuaError.withWhere("resulting string too large");
        }
        StringBuilder sb = new StringBuilder((int) total);
        for (long i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static Object bytes(Object[] args) {
        String s = Args.checkString(args, 1);
        long len = s.length();
        long given = Args.optInteger(args, 2, 1);
        long start = startPosition(given, len);
        // the end defaults to i as given, not as corrected: ("x"):byte(0) is empty, as in lstrlib.c
        long end = endPosition(Args.optInteger(args, 3, given), len);
        if (start > end) {
            return LuaCalls.none();
        }
        int n = (int) (end - start + 1);
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = (long) s.charAt((int) start - 1 + i);
        }
        return LuaCalls.results(out);
    }

    private static Object chars(Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < args.length; i++) {
            long c = Args.checkInteger(args, i);
            if (c < 0 || c > 255) {
                throw LuaError.badArgument(i, "value out of range");
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    /** string.find and string.match. */
    private static Object find(Object[] args, boolean find) {
        String s = Args.checkString(args, 1);
        String p = Args.checkString(args, 2);
        long len = s.length();
        long init = startPosition(Args.optInteger(args, 3, 1), len);
        if (init > len + 1) {
            return LuaNil.NIL;
        }
        if (find && (LuaValues.isTruthy(Args.get(args, 4)) || LuaPattern.noSpecials(p))) {
            int at = s.indexOf(p, (int) init - 1);
            if (at < 0) {
                return LuaNil.NIL;
            }
            return new Object[]{(long) at + 1, (long) at + p.length()};
        }
        LuaPattern m = new LuaPattern(s, p);
        boolean anchor = p.startsWith("^");
        int pstart = anchor ? 1 : 0;
        int s1 = (int) init - 1;
        do {
            m.reset();
            int e = m.match(s1, pstart);
            if (e != -1) {
                if (find) {
                    Object[] caps = m.captures(s1, e, false);
                    Object[] out = new Object[caps.length + 2];
                    out[0] = (long) s1 + 1;
                    out[1] = (long) e;
                    System.arraycopy(caps, 0, out, 2, caps.length);
                    return out;
                }
                return LuaCalls.results(m.captures(s1, e, true));
            }
            s1++;
        } while (s1 <= len && !anchor);
        return LuaNil.NIL;
    }

    private static Object gmatch(LuaContext ctx, Object[] args) {
        String s = Args.checkString(args, 1);
        String p = Args.checkString(args, 2);
        long len = s.length();
        long init = startPosition(Args.optInteger(args, 3, 1), len);
        int[] state = {init > len + 1 ? (int) len + 1 : (int) init - 1, -1};
        return new LuaBuiltin(ctx.getLanguage(), "gmatch_iterator", a -> {
            LuaPattern m = new LuaPattern(s, p);
            for (int src = state[0]; src <= s.length(); src++) {
                m.reset();
                int e = m.match(src, 0);
                if (e != -1 && e != state[1]) {
                    state[0] = e;
                    state[1] = e;
                    return LuaCalls.results(m.captures(src, e, true));
                }
            }
            state[0] = s.length() + 1;
            return LuaCalls.none();
        });
    }

    private static Object gsub(Object[] args) {
        String src = Args.checkString(args, 1);
        String p = Args.checkString(args, 2);
        Object repl = Args.get(args, 3);
        if (!(repl instanceof String || repl instanceof Long || repl instanceof Double || repl instanceof LuaTable || repl instanceof LuaFunction)) {
            throw Args.typeError(args, 3, "string/function/table");
        }
        long maxN = Args.optInteger(args, 4, (long) src.length() + 1);
        boolean anchor = p.startsWith("^");
        int pstart = anchor ? 1 : 0;
        LuaPattern m = new LuaPattern(src, p);
        StringBuilder b = new StringBuilder();
        int s = 0;
        int lastMatch = -1;
        long n = 0;
        while (n < maxN) {
            m.reset();
            int e = m.match(s, pstart);
            if (e != -1 && e != lastMatch) {
                n++;
                addValue(m, b, s, e, repl);
                s = e;
                lastMatch = e;
            } else if (s < src.length()) {
                b.append(src.charAt(s++));
            } else {
                break;
            }
            if (anchor) {
                break;
            }
        }
        if (s < src.length()) {
            b.append(src, s, src.length());
        }
        return new Object[]{b.toString(), n};
    }

    private static void addValue(LuaPattern m, StringBuilder b, int s, int e, Object repl) {
        Object value;
        if (repl instanceof LuaTable t) {
            value = LuaIndex.index(t, m.capture(0, s, e));
        } else if (repl instanceof LuaFunction f) {
            value = LuaCalls.first(LuaCalls.call(f, m.captures(s, e, true)));
        } else {
            addString(m, b, s, e, LuaMetatables.rawToString(repl));
            return;
        }
        if (!LuaValues.isTruthy(value)) {
            b.append(m.src, s, e);
        } else if (value instanceof String || value instanceof Long || value instanceof Double) {
            b.append(LuaMetatables.rawToString(value));
        } else {
            throw LuaError.withWhere("invalid replacement value (a " + LuaValues.typeName(value) + ")");
        }
    }

    private static void addString(LuaPattern m, StringBuilder b, int s, int e, String news) {
        for (int i = 0; i < news.length(); i++) {
            char c = news.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            i++;
            char d = i < news.length() ? news.charAt(i) : '\0';
            if (d == '%') {
                b.append('%');
            } else if (d == '0') {
                b.append(m.src, s, e);
            } else if (d >= '1' && d <= '9') {
                Object cap = m.capture(d - '1', s, e);
                b.append(LuaMetatables.rawToString(cap));
            } else {
                throw LuaError.withWhere("invalid use of '%' in replacement string");
            }
        }
    }
}
