package dev.dunder.lua.parser;

import dev.dunder.runtime.lua.LuaNumberParser;

/**
 * Decodes the text of string and number tokens (already byte strings) as Lua's
 * lexer does (llex.c's read_string, read_long_string, read_numeral), with its error
 * messages and the "near" text Lua shows for them: for an escape error, the raw text
 * up to the offending character; for an unfinished string, the decoded text so far.
 */
final class Literals {
    private Literals() {
    }

    /** A lexical error: the message and what Lua shows after "near" (null for no token, {@code <eof>} as is). */
    static final class LexicalError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String near;

        LexicalError(String message, String near) {
            super(message, null, false, false);
            this.near = near;
        }
    }

    static Object number(String text) {
        Object n = LuaNumberParser.parse(text);
        if (n == null) {
            throw new LexicalError("malformed number", "'" + text + "'");
        }
        return n;
    }

    /**
     * A quoted string token. {@code finished} is false for a string cut off by a line end
     * ({@code atEof} false) or by the end of the source.
     */
    static String shortString(String raw, boolean finished, boolean atEof) {
        char quote = raw.charAt(0);
        StringBuilder value = new StringBuilder();
        int end = finished ? raw.length() - 1 : raw.length();
        int i = 1;
        while (i < end) {
            char c = raw.charAt(i);
            if (c != '\\') {
                value.append(c);
                i++;
                continue;
            }
            // the escape's raw text so far is part of the "near" text of its errors
            String before = quote + value.toString();
            if (i + 1 >= raw.length()) {
                break;
            }
            char e = raw.charAt(i + 1);
            switch (e) {
                case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', '"', '\'' -> {
                    value.append(simpleEscape(e));
                    i += 2;
                }
                case '\n', '\r' -> {
                    value.append('\n');
                    i += 2;
                    if (i < end && (raw.charAt(i) == '\n' || raw.charAt(i) == '\r') && raw.charAt(i) != e) {
                        i++;
                    }
                }
                case 'x' -> {
                    int v = 0;
                    int j = i + 2;
                    for (int k = 0; k < 2; k++, j++) {
                        int h = j < raw.length() ? hex(raw.charAt(j)) : -1;
                        if (h < 0) {
                            throw new LexicalError("hexadecimal digit expected", nearUpTo(before, raw, i, j));
                        }
                        v = v * 16 + h;
                    }
                    value.append((char) v);
                    i = j;
                }
                case 'z' -> {
                    i += 2;
                    while (i < end && isSpace(raw.charAt(i))) {
                        i++;
                    }
                }
                case 'u' -> i = utf8Escape(raw, i, value, before);
                default -> {
                    if (e >= '0' && e <= '9') {
                        int v = 0;
                        int j = i + 1;
                        for (int k = 0; k < 3 && j < raw.length() && raw.charAt(j) >= '0' && raw.charAt(j) <= '9'; k++, j++) {
                            v = v * 10 + (raw.charAt(j) - '0');
                        }
                        if (v > 255) {
                            throw new LexicalError("decimal escape too large", nearUpTo(before, raw, i, j));
                        }
                        value.append((char) v);
                        i = j;
                    } else {
                        throw new LexicalError("invalid escape sequence", nearUpTo(before, raw, i, i + 1));
                    }
                }
            }
        }
        if (!finished) {
            throw new LexicalError("unfinished string", atEof ? "<eof>" : "'" + quote + value + "'");
        }
        return value.toString();
    }

    private static char simpleEscape(char e) {
        return switch (e) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            default -> e;
        };
    }

    /** The near text of an escape error: decoded text before the escape, the escape's raw text through index {@code last}. */
    private static String nearUpTo(String before, String raw, int escapeStart, int last) {
        int stop = Math.min(last + 1, raw.length());
        return "'" + before + raw.substring(escapeStart, stop) + "'";
    }

    private static int utf8Escape(String raw, int start, StringBuilder value, String before) {
        int j = start + 2;
        if (j >= raw.length() || raw.charAt(j) != '{') {
            throw new LexicalError("missing '{'", nearUpTo(before, raw, start, j));
        }
        j++;
        long code = 0;
        int digits = 0;
        while (j < raw.length() && hex(raw.charAt(j)) >= 0) {
            code = code * 16 + hex(raw.charAt(j));
            digits++;
            if (code > 0x7FFFFFFFL) {
                throw new LexicalError("UTF-8 value too large", nearUpTo(before, raw, start, j));
            }
            j++;
        }
        if (digits == 0) {
            throw new LexicalError("hexadecimal digit expected", nearUpTo(before, raw, start, j));
        }
        if (j >= raw.length() || raw.charAt(j) != '}') {
            throw new LexicalError("missing '}'", nearUpTo(before, raw, start, j));
        }
        utf8(value, code);
        return j + 1;
    }

    /** Lua's luaO_utf8esc: up to six bytes, for values up to 2^31 - 1. */
    static void utf8(StringBuilder out, long x) {
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

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static int hex(char c) {
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

    /** A long string {@code [==[...]==]}: a first line break is skipped, line breaks become "\n". */
    static String longString(String raw) {
        int level = 0;
        while (raw.charAt(1 + level) == '=') {
            level++;
        }
        int start = level + 2;
        int end = raw.length() - level - 2;
        StringBuilder sb = new StringBuilder();
        int i = start;
        if (i < end && (raw.charAt(i) == '\n' || raw.charAt(i) == '\r')) {
            char c = raw.charAt(i);
            i++;
            if (i < end && (raw.charAt(i) == '\n' || raw.charAt(i) == '\r') && raw.charAt(i) != c) {
                i++;
            }
        }
        while (i < end) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append('\n');
                i++;
                if (i < end && (raw.charAt(i) == '\n' || raw.charAt(i) == '\r') && raw.charAt(i) != c) {
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
