package dev.dunder.js.parser;

import java.math.BigInteger;

/** Decoding of literal tokens: numbers, strings with their escapes, template text. */
final class JsLiterals {
    private JsLiterals() {
    }

    /** The value of a NumericLiteral token (ECMA-262 §12.9.3), separators removed. */
    static double number(String text) {
        String t = text.replace("_", "");
        if (t.length() > 1 && t.charAt(0) == '0') {
            char k = Character.toLowerCase(t.charAt(1));
            if (k == 'x') {
                return new BigInteger(t.substring(2), 16).doubleValue();
            } else if (k == 'o') {
                return new BigInteger(t.substring(2), 8).doubleValue();
            } else if (k == 'b') {
                return new BigInteger(t.substring(2), 2).doubleValue();
            } else if (Character.isDigit(k)) {
                boolean octal = t.chars().allMatch(c -> c >= '0' && c <= '7');
                return octal ? new BigInteger(t, 8).doubleValue() : Double.parseDouble(t);
            }
        }
        return Double.parseDouble(t);
    }

    /** Is this NumericLiteral a legacy octal literal ({@code 017}), forbidden in strict code? */
    static boolean isLegacyOctal(String text) {
        return text.length() > 1 && text.charAt(0) == '0' && Character.isDigit(text.charAt(1));
    }

    /** The value of a StringLiteral token, quotes removed and escapes decoded. */
    static String string(String token) {
        return unescape(token.substring(1, token.length() - 1), false);
    }

    /**
     * Decodes escape sequences (§12.9.4). In templates ({@code template} true) a
     * malformed escape yields null (the cooked value of a tagged template is undefined then).
     */
    static String unescape(String s, boolean template) {
        if (s.indexOf('\\') < 0 && (!template || s.indexOf('\r') < 0)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '\r' && template) {
                if (i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
                b.append('\n');
                continue;
            }
            if (c != '\\' || i >= s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'v' -> b.append('\u000B');
                case '\r' -> {
                    if (i < s.length() && s.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u2028', '\u2029' -> {
                }
                case 'x' -> {
                    if (i + 2 > s.length() || !isHex(s, i, i + 2)) {
                        if (template) {
                            return null;
                        }
                        throw new IllegalArgumentException("Invalid hexadecimal escape sequence");
                    }
                    b.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
                    i += 2;
                }
                case 'u' -> {
                    if (i < s.length() && s.charAt(i) == '{') {
                        int close = s.indexOf('}', i);
                        if (close < 0 || !isHex(s, i + 1, close) || close == i + 1) {
                            if (template) {
                                return null;
                            }
                            throw new IllegalArgumentException("Invalid Unicode escape sequence");
                        }
                        int cp = Integer.parseInt(s.substring(i + 1, close), 16);
                        if (cp > 0x10FFFF) {
                            if (template) {
                                return null;
                            }
                            throw new IllegalArgumentException("Undefined Unicode code-point");
                        }
                        b.appendCodePoint(cp);
                        i = close + 1;
                    } else {
                        if (i + 4 > s.length() || !isHex(s, i, i + 4)) {
                            if (template) {
                                return null;
                            }
                            throw new IllegalArgumentException("Invalid Unicode escape sequence");
                        }
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        if (e == '0' && (i >= s.length() || !Character.isDigit(s.charAt(i)))) {
                            b.append('\0');
                        } else if (template) {
                            return null;
                        } else {
                            int v = e - '0';
                            int max = e <= '3' ? 2 : 1;
                            for (int k = 0; k < max && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                                v = v * 8 + (s.charAt(i++) - '0');
                            }
                            b.append((char) v);
                        }
                    } else {
                        b.append(e);
                    }
                }
            }
        }
        return b.toString();
    }

    /** The raw text of a template span: only line terminators are normalised. */
    static String templateRaw(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isHex(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** An identifier's name with \\u escapes decoded. */
    static String identifier(String text) {
        return text.indexOf('\\') < 0 ? text : unescape(text, false);
    }
}
