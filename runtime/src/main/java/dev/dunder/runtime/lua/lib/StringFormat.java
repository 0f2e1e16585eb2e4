package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNumberFormat;
import dev.dunder.runtime.lua.LuaNumbers;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * {@code string.format} (lstrlib.c's str_format): C's printf conversions with the flags
 * Lua allows for each ({@code %d %i %o %x %X %c %e %E %f %F %g %G %a %A %s %q %%}),
 * widths and precisions of at most two digits, and Lua's messages for everything else.
 */
final class StringFormat {
    private static final String FLAGS_FLOAT = "-+ #0";
    private static final String FLAGS_HEX = "-#0";
    private static final String FLAGS_INT = "-+ 0";
    private static final String FLAGS_CHAR = "-";

    private StringFormat() {
    }

    /** A parsed conversion: flags, width and precision (-1 when absent). */
    private record Spec(String text, String flags, int width, int precision, char conversion) {
        boolean has(char flag) {
            return flags.indexOf(flag) >= 0;
        }
    }

    static String format(Object[] args) {
        String fmt = Args.checkString(args, 1);
        StringBuilder out = new StringBuilder();
        int arg = 1;
        int top = args.length - 1;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i < fmt.length() && fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            int start = i;
            while (i < fmt.length() && "-+ #0123456789.".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            char conv = i < fmt.length() ? fmt.charAt(i) : '\0';
            String text = "%" + fmt.substring(start, Math.min(i + 1, fmt.length()));
            if (i - start + 1 >= 22) {
                throw LuaError.withWhere("invalid format string to 'format'");
            }
            i++;
            if (++arg > top) {
                if ("diouxXcaAeEfFgGpqs".indexOf(conv) >= 0 && conv != '\0') {
                    throw LuaError.badArgument(arg, "no value");
                }
            }
            switch (conv) {
                case 'c' -> {
                    long n = Args.checkInteger(args, arg);
                    Spec s = check(text, FLAGS_CHAR, false);
                    out.append(pad(String.valueOf((char) (n & 0xff)), s, false));
                }
                case 'd', 'i' -> {
                    long n = Args.checkInteger(args, arg);
                    out.append(integer(n, check(text, FLAGS_INT, true)));
                }
                case 'o', 'x', 'X' -> {
                    long n = Args.checkInteger(args, arg);
                    out.append(unsigned(n, check(text, FLAGS_HEX, true)));
                }
                case 'a', 'A', 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    double d = LuaNumbers.toDouble(Args.checkNumber(args, arg));
                    out.append(floating(d, check(text, FLAGS_FLOAT, true)));
                }
                case 'p' -> {
                    Object v = Args.checkAny(args, arg);
                    Spec s = check(text, FLAGS_CHAR, false);
                    boolean pointer = v instanceof LuaTable || v instanceof dev.dunder.runtime.lua.LuaFunction || v instanceof dev.dunder.runtime.lua.LuaFile;
                    out.append(pad(pointer ? LuaValues.addressOf(v) : "(null)", s, false));
                }
                case 'q' -> {
                    if (text.length() > 2) {
                        throw LuaError.withWhere("specifier '%q' cannot have modifiers");
                    }
                    quote(out, args, arg);
                }
                case 's' -> {
                    String s = LuaMetatables.tostring(Args.checkAny(args, arg));
                    if (text.length() == 2) {
                        out.append(s);
                    } else {
                        Spec spec = check(text, FLAGS_CHAR, true);
                        if (s.indexOf('\0') >= 0) {
                            throw LuaError.badArgument(arg, "string contains zeros");
                        }
                        if (spec.precision() >= 0 && s.length() > spec.precision()) {
                            s = s.substring(0, spec.precision());
                        }
                        out.append(pad(s, spec, false));
                    }
                }
                default -> throw LuaError.withWhere("invalid conversion '" + text + "' to 'format'");
            }
        }
        return out.toString();
    }

    /** lstrlib.c's checkformat: only {@code flags}, a width and (if allowed) a precision of two digits each. */
    private static Spec check(String text, String flags, boolean precisionAllowed) {
        int p = 1;
        int end = text.length() - 1;
        while (p < end && flags.indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        String f = text.substring(1, p);
        int width = -1;
        int precision = -1;
        if (text.charAt(p) != '0') {
            int w = p;
            while (p < end && p - w < 2 && Character.isDigit(text.charAt(p))) {
                p++;
            }
            if (p > w) {
                width = Integer.parseInt(text.substring(w, p));
            }
            if (text.charAt(p) == '.' && precisionAllowed) {
                p++;
                int q = p;
                while (p < end && p - q < 2 && Character.isDigit(text.charAt(p))) {
                    p++;
                }
                precision = p > q ? Integer.parseInt(text.substring(q, p)) : 0;
            }
        }
        if (p != end || !Character.isLetter(text.charAt(p))) {
            throw LuaError.withWhere("invalid conversion specification: '" + text + "'");
        }
        return new Spec(text, f, width, precision, text.charAt(end));
    }

    private static String pad(String body, Spec s, boolean zeroPad) {
        if (s.width() <= body.length()) {
            return body;
        }
        int n = s.width() - body.length();
        if (s.has('-')) {
            return body + " ".repeat(n);
        }
        if (zeroPad) {
            int signEnd = 0;
            if (!body.isEmpty() && (body.charAt(0) == '-' || body.charAt(0) == '+' || body.charAt(0) == ' ')) {
                signEnd = 1;
            }
            if (body.startsWith("0x", signEnd) || body.startsWith("0X", signEnd)) {
                signEnd += 2;
            }
            return body.substring(0, signEnd) + "0".repeat(n) + body.substring(signEnd);
        }
        return " ".repeat(n) + body;
    }

    private static String integer(long n, Spec s) {
        String digits = n < 0 ? Long.toString(n).substring(1) : Long.toString(n);
        if (s.precision() >= 0) {
            if (s.precision() == 0 && n == 0) {
                digits = "";
            }
            while (digits.length() < s.precision()) {
                digits = "0" + digits;
            }
        }
        String sign = n < 0 ? "-" : s.has('+') ? "+" : s.has(' ') ? " " : "";
        return pad(sign + digits, s, s.has('0') && s.precision() < 0);
    }

    private static String unsigned(long n, Spec s) {
        String digits = switch (s.conversion()) {
            case 'o' -> Long.toOctalString(n);
            case 'x' -> Long.toHexString(n);
            default -> Long.toHexString(n).toUpperCase();
        };
        if (s.precision() >= 0) {
            if (s.precision() == 0 && n == 0) {
                digits = "";
            }
            while (digits.length() < s.precision()) {
                digits = "0" + digits;
            }
        }
        String prefix = "";
        if (s.has('#')) {
            if (s.conversion() == 'o' && !digits.startsWith("0")) {
                digits = "0" + digits;
            } else if (s.conversion() != 'o' && n != 0) {
                prefix = s.conversion() == 'x' ? "0x" : "0X";
            }
        }
        return pad(prefix + digits, s, s.has('0') && s.precision() < 0);
    }

    private static String floating(double d, Spec s) {
        char conv = s.conversion();
        boolean upper = Character.isUpperCase(conv);
        int precision = s.precision();
        String body = switch (Character.toLowerCase(conv)) {
            case 'e' -> LuaNumberFormat.formatE(d, precision < 0 ? 6 : precision, s.has('#'), upper);
            case 'f' -> LuaNumberFormat.formatF(d, precision < 0 ? 6 : precision, s.has('#'));
            case 'g' -> LuaNumberFormat.formatG(d, precision < 0 ? 6 : precision, s.has('#'), upper);
            default -> LuaNumberFormat.formatA(d, precision, upper);
        };
        if (upper && Character.toLowerCase(conv) == 'f') {
            body = body.toUpperCase();
        }
        if (!body.startsWith("-")) {
            if (s.has('+')) {
                body = "+" + body;
            } else if (s.has(' ')) {
                body = " " + body;
            }
        }
        return pad(body, s, s.has('0') && Double.isFinite(d));
    }

    /** {@code %q}: a value written so that Lua reads it back. */
    private static void quote(StringBuilder out, Object[] args, int arg) {
        Object v = Args.get(args, arg);
        if (v instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\' || c == '\n') {
                    out.append('\\').append(c);
                } else if (c == '\0') {
                    boolean digitNext = i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
                    out.append(digitNext ? "\\000" : "\\0");
                } else if (c < 32 || c == 127) {
                    boolean digitNext = i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
                    out.append('\\').append(digitNext ? String.format("%03d", (int) c) : Integer.toString(c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (v instanceof Long l) {
            out.append(l == Long.MIN_VALUE ? "0x8000000000000000" : Long.toString(l));
        } else if (v instanceof Double d) {
            if (d == Double.POSITIVE_INFINITY) {
                out.append("1e9999");
            } else if (d == Double.NEGATIVE_INFINITY) {
                out.append("-1e9999");
            } else if (d.isNaN()) {
                out.append("(0/0)");
            } else {
                // lstrlib.c's quotefloat: hexadecimal, so the value reads back exactly
                out.append(LuaNumberFormat.formatA(d, -1, false));
            }
        } else if (v == dev.dunder.runtime.lua.LuaNil.NIL || v instanceof Boolean) {
            out.append(LuaMetatables.rawToString(v));
        } else {
            throw LuaError.badArgument(arg, "value has no literal form");
        }
    }
}
