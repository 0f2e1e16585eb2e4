package dev.dunder.runtime.js.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.dunder.runtime.js.model.Errors;

/**
 * ECMAScript regular expressions in {@code java.util.regex} terms. Where the two agree
 * (most syntax) the pattern passes through; where they differ it is rewritten:
 * {@code .} excludes only ECMAScript's line terminators, {@code ^}/{@code $} follow
 * the {@code m} flag's definition, {@code \s} includes the Unicode spaces,
 * {@code [^]} and {@code []}, named groups (renamed {@code gN}, Java's names are
 * stricter), {@code [} and {@code &&} inside classes are literal, and identity escapes
 * of letters mean the letter. Without the {@code u} flag ECMAScript matches UTF-16
 * code units while Java matches code points; {@link #shiftSurrogates} maps surrogates
 * to private-use characters in both pattern and input so each unit matches alone.
 */
public final class RegExpTranslator {
    /** Unicode white space and line terminators: ECMAScript's \s beyond Java's. */
    private static final String SPACES = "\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
    private static final String LINE_TERMINATORS = "\\n\\r\\u2028\\u2029";
    /** Where surrogate code units go when matching without the u flag: private-use characters, one unit each, so indices stay. */
    private static final int SURROGATE_SHIFT = 0xE000 - 0xD800;

    /** A translated pattern: the Java regex, its group names by number, and the number of groups. */
    public record Result(Pattern pattern, List<String> groupNames, int groupCount) {
    }

    private RegExpTranslator() {
    }

    public static Result translate(String source, String flags) {
        boolean unicode = flags.indexOf('u') >= 0;
        boolean dotAll = flags.indexOf('s') >= 0;
        boolean multiline = flags.indexOf('m') >= 0;
        List<String> names = new ArrayList<>();
        names.add(null);
        List<String> declaredNames = preScanGroupNames(source);
        StringBuilder out = new StringBuilder();
        int n = source.length();
        int i = 0;
        boolean inClass = false;
        int classStart = -1;
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    throw error(source, flags, "\\ at end of pattern");
                }
                i = escape(source, i, out, inClass, unicode, declaredNames, flags);
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                    out.append(']');
                } else if (c == '[') {
                    out.append("\\[");
                } else if (c == '&' && i + 1 < n && source.charAt(i + 1) == '&') {
                    out.append("\\&");
                } else {
                    appendLiteral(out, c, unicode);
                }
                i++;
                continue;
            }
            switch (c) {
                case '[': {
                    if (source.startsWith("[^]", i)) {
                        out.append("[\\s\\S]");
                        i += 3;
                        continue;
                    }
                    if (source.startsWith("[]", i)) {
                        out.append("(?!)");
                        i += 2;
                        continue;
                    }
                    inClass = true;
                    classStart = i;
                    out.append('[');
                    if (i + 1 < n && source.charAt(i + 1) == '^') {
                        out.append('^');
                        i++;
                    }
                    i++;
                    continue;
                }
                case '.':
                    out.append(dotAll ? "[\\s\\S]" : "[^" + LINE_TERMINATORS + "]");
                    break;
                case '^':
                    out.append(multiline ? "(?:^|(?<=[" + LINE_TERMINATORS + "]))" : "^");
                    break;
                case '$':
                    out.append(multiline ? "(?=[" + LINE_TERMINATORS + "]|\\z)" : "\\z");
                    break;
                case '(':
                    if (source.startsWith("(?<", i) && i + 3 < n && source.charAt(i + 3) != '=' && source.charAt(i + 3) != '!') {
                        int close = source.indexOf('>', i);
                        String name = source.substring(i + 3, close);
                        if (names.contains(name)) {
                            throw error(source, flags, "Duplicate capture group name");
                        }
                        names.add(name);
                        out.append("(?<g").append(names.size() - 1).append('>');
                        i = close + 1;
                        continue;
                    }
                    if (!source.startsWith("(?", i)) {
                        names.add(null);
                    }
                    out.append('(');
                    break;
                case '{':
                    if (isQuantifier(source, i)) {
                        int close = source.indexOf('}', i);
                        String body = source.substring(i + 1, close);
                        String[] parts = body.split(",", -1);
                        if (parts.length == 2 && !parts[1].isEmpty() && Long.parseLong(parts[0]) > Long.parseLong(parts[1])) {
                            throw error(source, flags, "numbers out of order in {} quantifier");
                        }
                        out.append(source, i, close + 1);
                        i = close + 1;
                        continue;
                    }
                    if (unicode) {
                        throw error(source, flags, "Lone quantifier brackets");
                    }
                    out.append("\\{");
                    break;
                case '}':
                    out.append("\\}");
                    break;
                default:
                    appendLiteral(out, c, unicode);
                    break;
            }
            i++;
        }
        if (inClass) {
            throw error(source, flags, "Unterminated character class");
        }
        int javaFlags = 0;
        if (flags.indexOf('i') >= 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        try {
            Pattern p = Pattern.compile(out.toString(), javaFlags);
            return new Result(p, names, names.size() - 1);
        } catch (PatternSyntaxException e) {
            throw error(source, flags, v8Message(e.getDescription(), classStart));
        }
    }

    private static List<String> preScanGroupNames(String source) {
        List<String> names = new ArrayList<>();
        names.add(null);
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (source.startsWith("(?<", i) && i + 3 < source.length() && source.charAt(i + 3) != '=' && source.charAt(i + 3) != '!') {
                    int close = source.indexOf('>', i);
                    names.add(close < 0 ? "" : source.substring(i + 3, close));
                } else if (!source.startsWith("(?", i)) {
                    names.add(null);
                }
            }
        }
        return names;
    }

    private static boolean isQuantifier(String s, int i) {
        int j = i + 1;
        int digits = 0;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (j < s.length() && s.charAt(j) == ',') {
            j++;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j < s.length() && s.charAt(j) == '}';
    }

    private static void appendLiteral(StringBuilder out, char c, boolean unicode) {
        if (!unicode && Character.isSurrogate(c)) {
            out.append("\\x{").append(Integer.toHexString(c + SURROGATE_SHIFT)).append('}');
        } else {
            out.append(c);
        }
    }

    private static void appendCodeUnit(StringBuilder out, int unit, boolean unicode) {
        if (!unicode && unit >= 0xD800 && unit <= 0xDFFF) {
            out.append("\\x{").append(Integer.toHexString(unit + SURROGATE_SHIFT)).append('}');
        } else {
            out.append(String.format("\\x{%x}", unit));
        }
    }

    /** Translates the escape at {@code i} (a backslash); returns the index after it. */
    private static int escape(String s, int i, StringBuilder out, boolean inClass, boolean unicode, List<String> names, String flags) {
        char e = s.charAt(i + 1);
        switch (e) {
            case 'd', 'D', 'w', 'W':
                out.append('\\').append(e);
                return i + 2;
            case 's':
                out.append(inClass ? SPACES : "[" + SPACES + "]");
                return i + 2;
            case 'S':
                out.append(inClass ? "\\S" : "[^" + SPACES + "]");
                return i + 2;
            case 'b':
                out.append(inClass ? "\\x08" : "\\b");
                return i + 2;
            case 'B':
                out.append(inClass ? "B" : "\\B");
                return i + 2;
            case 'n':
                out.append("\\n");
                return i + 2;
            case 'r':
                out.append("\\r");
                return i + 2;
            case 't':
                out.append("\\t");
                return i + 2;
            case 'v':
                out.append("\\x0B");
                return i + 2;
            case 'f':
                out.append("\\f");
                return i + 2;
            case '0':
                if (i + 2 < s.length() && Character.isDigit(s.charAt(i + 2)) && !unicode) {
                    int j = i + 1;
                    int v = 0;
                    while (j < s.length() && j < i + 4 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                        v = v * 8 + (s.charAt(j) - '0');
                        j++;
                    }
                    appendCodeUnit(out, v, unicode);
                    return j;
                }
                out.append("\\x00");
                return i + 2;
            case 'c':
                if (i + 2 < s.length() && Character.isLetter(s.charAt(i + 2))) {
                    appendCodeUnit(out, s.charAt(i + 2) % 32, unicode);
                    return i + 3;
                }
                out.append("\\\\c");
                return i + 2;
            case 'x':
                if (i + 3 < s.length() + 0 && isHex(s, i + 2, i + 4)) {
                    appendCodeUnit(out, Integer.parseInt(s.substring(i + 2, i + 4), 16), unicode);
                    return i + 4;
                }
                out.append('x');
                return i + 2;
            case 'u':
                if (i + 2 < s.length() && s.charAt(i + 2) == '{' && unicode) {
                    int close = s.indexOf('}', i);
                    out.append("\\x{").append(s, i + 3, close).append('}');
                    return close + 1;
                }
                if (isHex(s, i + 2, i + 6)) {
                    int unit = Integer.parseInt(s.substring(i + 2, i + 6), 16);
                    if (unicode && unit >= 0xD800 && unit <= 0xDBFF && s.startsWith("\\u", i + 6) && isHex(s, i + 8, i + 12)) {
                        int low = Integer.parseInt(s.substring(i + 8, i + 12), 16);
                        out.append("\\x{").append(Integer.toHexString(Character.toCodePoint((char) unit, (char) low))).append('}');
                        return i + 12;
                    }
                    appendCodeUnit(out, unit, unicode);
                    return i + 6;
                }
                out.append('u');
                return i + 2;
            case 'k':
                if (i + 2 < s.length() && s.charAt(i + 2) == '<') {
                    int close = s.indexOf('>', i);
                    String name = s.substring(i + 3, close);
                    int index = names.indexOf(name);
                    if (index < 0) {
                        throw error(s, flags, "Invalid named capture referenced");
                    }
                    out.append("\\k<g").append(index).append('>');
                    return close + 1;
                }
                out.append('k');
                return i + 2;
            case 'p', 'P':
                if (unicode && i + 2 < s.length() && s.charAt(i + 2) == '{') {
                    int close = s.indexOf('}', i);
                    String prop = s.substring(i + 3, close);
                    int eq = prop.indexOf('=');
                    if (eq >= 0) {
                        String key = prop.substring(0, eq);
                        String value = prop.substring(eq + 1);
                        prop = (key.equals("Script") || key.equals("sc") ? "sc=" : key.equals("Script_Extensions") || key.equals("scx") ? "sc=" : "gc=") + value;
                    }
                    out.append('\\').append(e).append('{').append(prop).append('}');
                    return close + 1;
                }
                out.append(e);
                return i + 2;
            default:
                if (e >= '1' && e <= '9') {
                    int j = i + 1;
                    while (j < s.length() && Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                    out.append('\\').append(s, i + 1, j);
                    return j;
                }
                if (Character.isLetterOrDigit(e) || e == '_') {
                    appendLiteral(out, e, unicode);
                } else {
                    out.append('\\').append(e);
                }
                return i + 2;
        }
    }

    private static boolean isHex(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Without the u flag: each surrogate code unit becomes a private-use code point, so it matches on its own. */
    public static String shiftSurrogates(String input) {
        boolean any = false;
        for (int i = 0; i < input.length(); i++) {
            if (Character.isSurrogate(input.charAt(i))) {
                any = true;
                break;
            }
        }
        if (!any) {
            return input;
        }
        StringBuilder b = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isSurrogate(c)) {
                b.append((char) (c + SURROGATE_SHIFT));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String v8Message(String javaDescription, int classStart) {
        if (javaDescription.startsWith("Unclosed group")) {
            return "Unterminated group";
        } else if (javaDescription.startsWith("Unmatched closing ')'")) {
            return "Unmatched ')'";
        } else if (javaDescription.startsWith("Dangling meta character")) {
            return "Nothing to repeat";
        } else if (javaDescription.startsWith("Unclosed character class")) {
            return "Unterminated character class";
        } else if (javaDescription.startsWith("Illegal character range")) {
            return "Range out of order in character class";
        } else if (javaDescription.contains("named capturing group")) {
            return "Invalid capture group name";
        }
        return javaDescription;
    }

    static RuntimeException error(String source, String flags, String message) {
        return Errors.syntaxError("Invalid regular expression: /" + source + "/" + flags + ": " + message);
    }
}
