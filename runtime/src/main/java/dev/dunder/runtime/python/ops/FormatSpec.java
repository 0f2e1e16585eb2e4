package dev.dunder.runtime.python.ops;

import dev.dunder.runtime.python.PyErrors;

/** A parsed format specification: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. */
final class FormatSpec {
    char fill = ' ';
    char align = 0;
    char sign = 0;
    boolean noNegativeZero;
    boolean alternate;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    char type = 0;

    static FormatSpec parse(String spec, String typeName) {
        FormatSpec f = new FormatSpec();
        int i = 0;
        int n = spec.length();
        if (n >= 2 && isAlign(spec.charAt(1))) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
            f.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == 'z') {
            f.noNegativeZero = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (f.align == 0) {
                f.fill = '0';
                f.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            f.width = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            f.grouping = spec.charAt(i++);
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                throw PyErrors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyErrors.valueError("Format specifier missing precision");
            }
            f.precision = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n) {
            f.type = spec.charAt(i++);
        }
        if (i < n) {
            throw PyErrors.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        return f;
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Pads {@code body} (already carrying its sign/prefix in {@code prefix}) to the width. */
    String pad(String prefix, String body, char defaultAlign) {
        char a = align == 0 ? defaultAlign : align;
        int len = prefix.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            return prefix + body;
        }
        int padding = width - len;
        String fillStr = String.valueOf(fill);
        switch (a) {
            case '<':
                return prefix + body + fillStr.repeat(padding);
            case '^':
                return fillStr.repeat(padding / 2) + prefix + body + fillStr.repeat(padding - padding / 2);
            case '=':
                return prefix + fillStr.repeat(padding) + body;
            default:
                return fillStr.repeat(padding) + prefix + body;
        }
    }
}
