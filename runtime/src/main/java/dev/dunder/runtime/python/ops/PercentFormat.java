package dev.dunder.runtime.python.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyTypes;

/** {@code "fmt" % args}: printf-style formatting with CPython's conversions and errors. */
public final class PercentFormat {
    private PercentFormat() {
    }

    @TruffleBoundary
    public static String format(String fmt, Object args) {
        Object[] items;
        Object mapping = null;
        if (args instanceof PTuple t && t.getPyClass() == PyTypes.TUPLE) {
            items = t.getItems();
        } else {
            items = new Object[]{args};
            if (args instanceof PDict || (!(args instanceof String) && !(args instanceof PTuple) && PyTypes.typeOf(args).lookup("__getitem__") != null)) {
                mapping = args;
            }
        }
        StringBuilder out = new StringBuilder();
        int argIndex = 0;
        boolean usedMapping = false;
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            Object mapKey = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw PyErrors.typeError("format requires a mapping");
                }
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') {
                        depth++;
                    } else if (fmt.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyErrors.valueError("incomplete format key");
                }
                mapKey = fmt.substring(keyStart, i - 1);
                usedMapping = true;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                switch (fmt.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alt = true;
                    default -> zero = true;
                }
                i++;
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                width = Convert.intValue(nextArg(items, argIndex++));
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int ws = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > ws) {
                    width = Integer.parseInt(fmt.substring(ws, i));
                }
            }
            int precision = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    precision = Convert.intValue(nextArg(items, argIndex++));
                    i++;
                } else {
                    int ps = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    precision = i > ps ? Integer.parseInt(fmt.substring(ps, i)) : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'l' || fmt.charAt(i) == 'h' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            char conv = fmt.charAt(i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            Object value = mapKey != null ? PySequences.getItem(mapping, mapKey) : nextArg(items, argIndex++);
            String body;
            String sign = "";
            boolean numeric = false;
            switch (conv) {
                case 's' -> body = PyStr.str(value);
                case 'r' -> body = PyStr.repr(value);
                case 'a' -> body = PyStr.ascii(value);
                case 'c' -> body = charOf(value);
                case 'd', 'i', 'u' -> {
                    Object iv = intArg(value, conv, true);
                    BigInteger b = PyNumbers.toBig(iv);
                    body = b.abs().toString();
                    if (precision >= 0 && body.length() < precision) {
                        body = "0".repeat(precision - body.length()) + body;
                    }
                    sign = b.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    numeric = true;
                }
                case 'x', 'X', 'o' -> {
                    Object iv = intArg(value, conv, false);
                    BigInteger b = PyNumbers.toBig(iv);
                    body = b.abs().toString(conv == 'o' ? 8 : 16);
                    if (conv == 'X') {
                        body = body.toUpperCase();
                    }
                    if (precision >= 0 && body.length() < precision) {
                        body = "0".repeat(precision - body.length()) + body;
                    }
                    if (alt) {
                        body = (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") + body;
                    }
                    sign = b.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    numeric = true;
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    double d = floatArg(value, conv);
                    int p = precision < 0 ? 6 : precision;
                    double a = Math.abs(d);
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        body = Double.isNaN(d) ? "nan" : "inf";
                        if (Character.isUpperCase(conv)) {
                            body = body.toUpperCase();
                        }
                    } else if (conv == 'f' || conv == 'F') {
                        body = PyFormat.fixed(a, p, alt);
                    } else if (conv == 'e' || conv == 'E') {
                        body = PyFormat.exponent(a, p, alt, conv == 'E');
                    } else {
                        body = PyFormat.general(a, p, alt, conv == 'G', false);
                    }
                    boolean neg = d < 0 || (d == 0.0 && 1 / d < 0);
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    numeric = true;
                }
                default -> throw PyErrors.valueError("unsupported format character '%c' (0x%x) at index %d", conv, (int) conv, i);
            }
            if (!numeric && precision >= 0 && body.length() > precision) {
                body = body.substring(0, precision);
            }
            int len = sign.length() + body.length();
            if (width > len) {
                int pad = width - len;
                if (left) {
                    out.append(sign).append(body).append(" ".repeat(pad));
                } else if (zero && numeric) {
                    String prefix = sign;
                    String digits = body;
                    if (alt && (conv == 'x' || conv == 'X' || conv == 'o')) {
                        prefix += body.substring(0, 2);
                        digits = body.substring(2);
                    }
                    out.append(prefix).append("0".repeat(pad)).append(digits);
                } else {
                    out.append(" ".repeat(pad)).append(sign).append(body);
                }
            } else {
                out.append(sign).append(body);
            }
            if (start < 0) {
                break;
            }
        }
        if (!usedMapping && argIndex < items.length && mapping == null) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static Object nextArg(Object[] items, int index) {
        if (index >= items.length) {
            throw PyErrors.typeError("not enough arguments for format string");
        }
        return items[index];
    }

    private static String charOf(Object value) {
        Object v = Convert.unbox(value);
        if (v instanceof String s) {
            if (s.codePointCount(0, s.length()) != 1) {
                throw PyErrors.typeError("%%c requires int or char");
            }
            return s;
        }
        if (PyNumbers.isInt(v)) {
            long c = Convert.longValue(v);
            if (c < 0 || c > 0x10ffff) {
                throw PyErrors.overflowError("%c arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) c));
        }
        throw PyErrors.typeError("%%c requires int or char");
    }

    private static Object intArg(Object value, char conv, boolean acceptFloat) {
        Object v = Convert.unbox(value);
        if (PyNumbers.isInt(v)) {
            return v instanceof Boolean b ? (b ? 1L : 0L) : v;
        }
        if (v instanceof Double d && acceptFloat) {
            return dev.dunder.runtime.python.builtins.IntParsingBridge.floatToInt(d);
        }
        if (PyTypes.typeOf(value).lookup("__index__") != null) {
            return PySequences.index(value);
        }
        if (acceptFloat && PyTypes.typeOf(value).lookup("__int__") != null) {
            return dev.dunder.runtime.python.model.PyCall.callSpecialIfPresent(value, "__int__");
        }
        if (acceptFloat) {
            throw PyErrors.typeError("%%%c format: a real number is required, not %s", conv, PyErrors.typeName(value));
        }
        throw PyErrors.typeError("%%%c format: an integer is required, not %s", conv, PyErrors.typeName(value));
    }

    private static double floatArg(Object value, char conv) {
        Object v = Convert.unbox(value);
        if (v instanceof Double d) {
            return d;
        }
        if (PyNumbers.isInt(v)) {
            return PyNumbers.toDouble(v);
        }
        if (PyTypes.typeOf(value).lookup("__float__") != null || PyTypes.typeOf(value).lookup("__index__") != null) {
            return Convert.toDouble(value);
        }
        throw PyErrors.typeError("must be real number, not %s", PyErrors.typeName(value));
    }
}
