package dev.dunder.python.parser;

import java.util.ArrayList;
import java.util.List;

import dev.dunder.python.parser.ast.Expr;
import dev.dunder.python.parser.ast.Pos;

/**
 * Decoding of string literal tokens: prefixes, quotes, escape sequences, raw
 * strings, and f-strings (split into literal text and {@code {expr!c:spec}} fields,
 * whose expressions are parsed by the caller-supplied parser).
 */
final class StringLiterals {
    /** Parses the text of an f-string field expression; {@code offset} is its position in the source. */
    interface ExpressionParser {
        Expr parse(String text, int offset, int line, int column);
    }

    private StringLiterals() {
    }

    record Literal(String prefix, String body, int bodyOffset) {
        boolean isRaw() {
            return prefix.indexOf('r') >= 0;
        }

        boolean isFormat() {
            return prefix.indexOf('f') >= 0;
        }

        boolean isBytes() {
            return prefix.indexOf('b') >= 0;
        }
    }

    static Literal split(String token) {
        int i = 0;
        while (i < token.length() && Character.isLetter(token.charAt(i))) {
            i++;
        }
        String prefix = token.substring(0, i).toLowerCase();
        String rest = token.substring(i);
        int quoteLen = rest.startsWith("'''") || rest.startsWith("\"\"\"") ? 3 : 1;
        return new Literal(prefix, rest.substring(quoteLen, rest.length() - quoteLen), i + quoteLen);
    }

    /** Processes backslash escapes of a non-raw string. */
    static String unescape(String s, int line, int column) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case 'x' -> {
                    if (i + 2 >= n || !isHex(s, i + 1, 2)) {
                        throw new PythonSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (i) + ": truncated \\xXX escape", line, column, column + 1, false);
                    }
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u', 'U' -> {
                    int len = e == 'u' ? 4 : 8;
                    if (!isHex(s, i + 1, len)) {
                        throw new PythonSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (i) + ": truncated \\" + e + "XXXX" + (len == 8 ? "XXXX" : "") + " escape", line, column, column + 1, false);
                    }
                    int cp = Integer.parseInt(s.substring(i + 1, i + 1 + len), 16);
                    if (cp > 0x10ffff) {
                        throw new PythonSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (i + len) + ": illegal Unicode character", line, column, column + 1, false);
                    }
                    sb.appendCodePoint(cp);
                    i += len;
                }
                case 'N' -> {
                    int close = s.indexOf('}', i);
                    if (i + 1 >= n || s.charAt(i + 1) != '{' || close < 0) {
                        throw new PythonSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (i) + ": malformed \\N character escape", line, column, column + 1, false);
                    }
                    String name = s.substring(i + 2, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        throw new PythonSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (close) + ": unknown Unicode character name", line, column, column + 1, false);
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int j = i;
                        int v = 0;
                        while (j < n && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                            v = v * 8 + (s.charAt(j) - '0');
                            j++;
                        }
                        sb.appendCodePoint(v);
                        i = j - 1;
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from, int len) {
        if (from + len > s.length()) {
            return false;
        }
        for (int k = from; k < from + len; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The parts of an f-string body: Constant strings and FormattedValue fields.
     * {@code bodyStart} is the source offset of the body, {@code line}/{@code col} its position.
     */
    static List<Expr> formatParts(String body, boolean raw, int bodyStart, int line, int col, Pos pos, ExpressionParser parser) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '{') {
                if (i + 1 < n && body.charAt(i + 1) == '{') {
                    literal.append('{');
                    i += 2;
                    continue;
                }
                if (literal.length() > 0) {
                    parts.add(new Expr.Constant(pos, raw ? literal.toString() : unescape(literal.toString(), line, col)));
                    literal.setLength(0);
                }
                i = field(body, i + 1, raw, bodyStart, line, col, pos, parser, parts);
            } else if (c == '}') {
                if (i + 1 < n && body.charAt(i + 1) == '}') {
                    literal.append('}');
                    i += 2;
                    continue;
                }
                throw new PythonSyntaxError("f-string: single '}' is not allowed", line, col, col + 1, false);
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Expr.Constant(pos, raw ? literal.toString() : unescape(literal.toString(), line, col)));
        }
        return parts;
    }

    /** Parses one replacement field starting after '{'; returns the index after its '}'. */
    private static int field(String body, int start, boolean raw, int bodyStart, int line, int col, Pos pos, ExpressionParser parser, List<Expr> parts) {
        int n = body.length();
        int depth = 0;
        int i = start;
        char quote = 0;
        int exprEnd = -1;
        while (i < n) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (c == '}') {
                        exprEnd = i;
                        break;
                    }
                    throw new PythonSyntaxError("f-string: unmatched '" + c + "'", line, col, col + 1, false);
                }
                depth--;
            } else if (depth == 0 && (c == '!' || c == ':') && !(c == '!' && i + 1 < n && body.charAt(i + 1) == '=')) {
                exprEnd = i;
                break;
            } else if (c == '\\') {
                throw new PythonSyntaxError("f-string expression part cannot include a backslash", line, col, col + 1, false);
            } else if (c == '#') {
                throw new PythonSyntaxError("f-string expression part cannot include '#'", line, col, col + 1, false);
            }
            i++;
        }
        if (exprEnd < 0) {
            throw new PythonSyntaxError("f-string: expecting '}'", line, col, col + 1, false);
        }
        String exprText = body.substring(start, exprEnd);
        boolean selfDocumenting = false;
        String docText = null;
        String trimmed = exprText.stripTrailing();
        if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=") && !trimmed.endsWith("<=") && !trimmed.endsWith(">=")) {
            selfDocumenting = true;
            docText = exprText;
            exprText = trimmed.substring(0, trimmed.length() - 1);
        }
        if (exprText.isBlank()) {
            throw new PythonSyntaxError("f-string: empty expression not allowed", line, col, col + 1, false);
        }
        Expr value = parser.parse("(" + exprText + ")", bodyStart + start - 1, line, col);
        i = exprEnd;
        char conversion = 0;
        if (i < n && body.charAt(i) == '!') {
            if (i + 1 >= n) {
                throw new PythonSyntaxError("f-string: expecting '}'", line, col, col + 1, false);
            }
            conversion = body.charAt(i + 1);
            if (conversion != 'r' && conversion != 's' && conversion != 'a') {
                throw new PythonSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", line, col, col + 1, false);
            }
            i += 2;
        }
        Expr spec = null;
        if (i < n && body.charAt(i) == ':') {
            int specStart = i + 1;
            int d = 0;
            int j = specStart;
            while (j < n) {
                char c = body.charAt(j);
                if (c == '{') {
                    d++;
                } else if (c == '}') {
                    if (d == 0) {
                        break;
                    }
                    d--;
                }
                j++;
            }
            String specText = body.substring(specStart, j);
            List<Expr> specParts = formatParts(specText, raw, bodyStart + specStart, line, col, pos, parser);
            spec = new Expr.JoinedStr(pos, specParts);
            i = j;
        }
        if (i >= n || body.charAt(i) != '}') {
            throw new PythonSyntaxError("f-string: expecting '}'", line, col, col + 1, false);
        }
        if (selfDocumenting) {
            parts.add(new Expr.Constant(pos, docText));
            if (conversion == 0 && spec == null) {
                conversion = 'r';
            }
        }
        parts.add(new Expr.FormattedValue(value.pos(), value, conversion, spec));
        return i + 1;
    }
}
