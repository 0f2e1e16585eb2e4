package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaBuiltin;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaCalls;

/** The utf8 library (reference manual 6.5), lutf8lib.c's functions on byte strings. */
public final class Utf8Lib {
    private static final long MAXUNICODE = 0x10FFFF;
    private static final long MAXUTF = 0x7FFFFFFF;
    private static final long[] LIMITS = {0xFFFFFFFFL, 0x80, 0x800, 0x10000, 0x200000, 0x4000000};
    private static final String INVALID = "invalid UTF-8 code";

    private Utf8Lib() {
    }

    public static LuaTable install(LuaContext ctx, LuaTable g) {
        LuaTable utf8 = new LuaTable();
        Library lib = new Library(ctx, utf8, "utf8.");
        lib.set("charpattern", "[\0-\u007F\u00C2-\u00FD][\u0080-\u00BF]*");
        lib.add("char", Utf8Lib::chars);
        lib.add("codepoint", Utf8Lib::codepoint);
        lib.add("len", Utf8Lib::len);
        lib.add("offset", Utf8Lib::offset);
        LuaBuiltin strict = new LuaBuiltin(ctx.getLanguage(), "utf8_iterator", a -> iterate(a, true));
        LuaBuiltin lax = new LuaBuiltin(ctx.getLanguage(), "utf8_iterator", a -> iterate(a, false));
        lib.add("codes", args -> {
            String s = Args.checkString(args, 1);
            if (!s.isEmpty() && isCont(s, 0)) {
                throw LuaError.badArgument(1, INVALID);
            }
            return new Object[]{LuaValues.isTruthy(Args.get(args, 2)) ? lax : strict, s, 0L};
        });
        g.rawSetStr("utf8", utf8);
        return utf8;
    }

    private static boolean isCont(String s, int i) {
        return i < s.length() && (s.charAt(i) & 0xC0) == 0x80;
    }

    /** lutf8lib.c's utf8_decode: {code, next index}, or null for an invalid sequence. */
    private static long[] decode(String s, int i, boolean strict) {
        int c = s.charAt(i);
        long res = 0;
        int count = 0;
        if (c < 0x80) {
            res = c;
        } else {
            for (; (c & 0x40) != 0; c <<= 1) {
                int at = i + ++count;
                int cc = at < s.length() ? s.charAt(at) : 0;
                if ((cc & 0xC0) != 0x80) {
                    return null;
                }
                res = (res << 6) | (cc & 0x3F);
            }
            res |= (long) (c & 0x7F) << (count * 5);
            if (count > 5 || res > MAXUTF || res < LIMITS[count]) {
                return null;
            }
        }
        if (strict && (res > MAXUNICODE || (0xD800 <= res && res <= 0xDFFF))) {
            return null;
        }
        return new long[]{res, i + count + 1};
    }

    private static long relative(long pos, long len) {
        if (pos >= 0) {
            return pos;
        } else if (-pos > len) {
            return 0;
        }
        return len + pos + 1;
    }

    private static Object chars(Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < args.length; i++) {
            long code = Args.checkInteger(args, i);
            if (code < 0 || code > MAXUTF) {
                throw LuaError.badArgument(i, "value out of range");
            }
            encode(sb, code);
        }
        return sb.toString();
    }

    /** lobject.c's luaO_utf8esc. */
    static void encode(StringBuilder out, long x) {
        if (x < 0x80) {
            out.append((char) x);
            return;
        }
        char[] buf = new char[8];
        int n = 1;
        long mfb = 0x3f;
        long v = x;
        do {
            buf[8 - n++] = (char) (0x80 | (v & 0x3f));
            v >>= 6;
            mfb >>= 1;
        } while (v > mfb);
        buf[8 - n] = (char) ((~mfb << 1 | v) & 0xff);
        out.append(buf, 8 - n, n);
    }

    private static Object codepoint(Object[] args) {
        String s = Args.checkString(args, 1);
        long len = s.length();
        long posi = relative(Args.optInteger(args, 2, 1), len);
        long pose = relative(Args.optInteger(args, 3, posi), len);
        boolean lax = LuaValues.isTruthy(Args.get(args, 4));
        if (posi < 1) {
            throw LuaError.badArgument(2, "out of bounds");
        }
        if (pose > len) {
            throw LuaError.badArgument(3, "out of bounds");
        }
        if (posi > pose) {
            return LuaCalls.none();
        }
        java.util.List<Object> out = new java.util.ArrayList<>();
        int i = (int) posi - 1;
        while (i < pose) {
            long[] d = decode(s, i, !lax);
            if (d == null) {
                throw LuaError.withWhere(INVALID);
            }
            out.add(d[0]);
            i = (int) d[1];
        }
        return LuaCalls.results(out.toArray());
    }

    private static Object len(Object[] args) {
        String s = Args.checkString(args, 1);
        long len = s.length();
        long posi = relative(Args.optInteger(args, 2, 1), len);
        long posj = relative(Args.optInteger(args, 3, -1), len);
        boolean lax = LuaValues.isTruthy(Args.get(args, 4));
        if (!(1 <= posi && --posi <= len)) {
            throw LuaError.badArgument(2, "initial position out of bounds");
        }
        if (!(--posj < len)) {
            throw LuaError.badArgument(3, "final position out of bounds");
        }
        long n = 0;
        while (posi <= posj) {
            long[] d = decode(s, (int) posi, !lax);
            if (d == null) {
                return new Object[]{LuaNil.NIL, posi + 1};
            }
            posi = d[1];
            n++;
        }
        return n;
    }

    private static Object offset(Object[] args) {
        String s = Args.checkString(args, 1);
        long len = s.length();
        long n = Args.checkInteger(args, 2);
        long posi = relative(Args.optInteger(args, 3, n >= 0 ? 1 : len + 1), len);
        if (!(1 <= posi && --posi <= len)) {
            throw LuaError.badArgument(3, "position out of bounds");
        }
        if (n == 0) {
            while (posi > 0 && isCont(s, (int) posi)) {
                posi--;
            }
        } else {
            if (isCont(s, (int) posi)) {
                throw LuaError.withWhere("initial position is a continuation byte");
            }
            if (n < 0) {
                while (n < 0 && posi > 0) {
                    do {
                        posi--;
                    } while (posi > 0 && isCont(s, (int) posi));
                    n++;
                }
            } else {
                n--;
                while (n > 0 && posi < len) {
                    do {
                        posi++;
                    } while (isCont(s, (int) posi));
                    n--;
                }
            }
        }
        return n == 0 ? (Object) (posi + 1) : LuaNil.NIL;
    }

    private static Object iterate(Object[] args, boolean strict) {
        String s = Args.checkString(args, 1);
        long len = s.length();
        long n = Args.get(args, 2) instanceof Long l ? l : 0;
        if (n < len) {
            while (isCont(s, (int) n)) {
                n++;
            }
        }
        if (n >= len || n < 0) {
            return LuaCalls.none();
        }
        long[] d = decode(s, (int) n, strict);
        if (d == null || isCont(s, (int) d[1])) {
            throw LuaError.withWhere(INVALID);
        }
        return new Object[]{n + 1, d[0]};
    }
}
