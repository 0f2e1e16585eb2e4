package dev.dunder.runtime.python.ops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * {@code format(value, spec)} and the format-spec mini-language for int, float and
 * str, as CPython implements it (correctly rounded decimal conversion, grouping,
 * alignment, {@code #} prefixes, {@code %}).
 */
public final class PyFormat {
    private PyFormat() {
    }

    /** {@code format(value, spec)}: {@code type(value).__format__(value, spec)}. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return formatStr(s, spec);
        } else if (value instanceof Long || value instanceof BigInteger) {
            return formatInt(value, spec);
        } else if (value instanceof Double d) {
            return formatFloat(d, spec);
        }
        Object method = PyTypes.typeOf(value).lookup("__format__");
        Object r = PyCall.callMethod(method, value, spec);
        if (r instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("__format__ must return a str, not %s", PyErrors.typeName(r));
    }

    // ---- str -----------------------------------------------------------------------------------

    @TruffleBoundary
    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = FormatSpec.parse(spec, "str");
        if (f.type != 0 && f.type != 's') {
            throw PyErrors.valueError("Unknown format code '%c' for object of type 'str'", f.type);
        }
        if (f.sign != 0) {
            throw PyErrors.valueError("Sign not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (f.grouping != 0) {
            throw PyErrors.valueError("Cannot specify '%c' with 's'.", f.grouping);
        }
        String body = s;
        if (f.precision >= 0 && body.codePointCount(0, body.length()) > f.precision) {
            body = body.substring(0, body.offsetByCodePoints(0, f.precision));
        }
        return f.pad("", body, '<');
    }

    // ---- int -----------------------------------------------------------------------------------

    @TruffleBoundary
    public static String formatInt(Object value, String spec) {
        if (value instanceof Boolean b) {
            if (spec.isEmpty()) {
                return b ? "True" : "False";
            }
            value = b ? 1L : 0L;
        }
        if (spec.isEmpty()) {
            return PyNumbers.intToString(value);
        }
        FormatSpec f = FormatSpec.parse(spec, "int");
        switch (f.type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloatSpec(PyNumbers.toDouble(value), f);
            case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
                break;
            default:
                throw PyErrors.valueError("Unknown format code '%c' for object of type 'int'", f.type);
        }
        if (f.precision >= 0) {
            throw PyErrors.valueError("Precision not allowed in integer format specifier");
        }
        BigInteger v = PyNumbers.toBig(value);
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PyErrors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PyErrors.overflowError("%c arg not in range(0x110000)");
            }
            return f.pad("", new String(Character.toChars(v.intValue())), '<');
        }
        int radix = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = v.abs().toString(radix);
        if (f.type == 'X') {
            digits = digits.toUpperCase();
        }
        String prefix = signOf(v.signum() < 0, f.sign);
        if (f.alternate && radix != 10) {
            prefix += f.type == 'b' ? "0b" : f.type == 'o' ? "0o" : f.type == 'x' ? "0x" : "0X";
        }
        if (f.grouping != 0) {
            if (radix != 10 && f.grouping == ',') {
                throw PyErrors.valueError("Cannot specify ',' with '%c'.", f.type);
            }
            digits = groupWithPadding(digits, f, prefix.length(), radix == 10 ? 3 : 4);
        }
        return f.pad(prefix, digits, '>');
    }

    private static String signOf(boolean negative, char sign) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /** Inserts separators every {@code size} digits; with zero padding, the zeros are grouped too. */
    private static String groupWithPadding(String digits, FormatSpec f, int prefixLength, int size) {
        String sep = String.valueOf(f.grouping);
        if (f.fill == '0' && f.align == '=' && f.width > 0) {
            int target = f.width - prefixLength;
            String d = digits;
            while (group(d, sep, size).length() < target) {
                d = "0" + d;
            }
            return group(d, sep, size);
        }
        return group(digits, sep, size);
    }

    private static String group(String digits, String sep, int size) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    // ---- float ---------------------------------------------------------------------------------

    @TruffleBoundary
    public static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return PyFloats.repr(d);
        }
        FormatSpec f = FormatSpec.parse(spec, "float");
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
                break;
            default:
                throw PyErrors.valueError("Unknown format code '%c' for object of type 'float'", f.type);
        }
        return formatFloatSpec(d, f);
    }

    private static String formatFloatSpec(double d, FormatSpec f) {
        boolean negative = d < 0 || (d == 0.0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        char type = f.type;
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (upper) {
                body = body.toUpperCase();
            }
            if (type == '%') {
                body += "%";
            }
            negative = !Double.isNaN(d) && d < 0;
        } else {
            body = switch (type) {
                case 'f', 'F' -> fixed(a, f.precision < 0 ? 6 : f.precision, f.alternate);
                case 'e', 'E' -> exponent(a, f.precision < 0 ? 6 : f.precision, f.alternate, upper);
                case 'g', 'G', 'n' -> general(a, f.precision < 0 ? 6 : f.precision, f.alternate, upper, false);
                case '%' -> fixed(a * 100, f.precision < 0 ? 6 : f.precision, f.alternate) + "%";
                default -> f.precision < 0 ? reprNoSign(a, f.alternate) : general(a, f.precision, f.alternate, false, true);
            };
            if (f.noNegativeZero && negative && isZeroText(body)) {
                negative = false;
            }
        }
        String prefix = signOf(negative, f.sign);
        if (f.grouping != 0) {
            body = groupFloat(body, f, prefix.length());
        }
        return f.pad(prefix, body, '>');
    }

    private static boolean isZeroText(String body) {
        for (char c : body.toCharArray()) {
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }

    private static String reprNoSign(double a, boolean alternate) {
        String r = PyFloats.repr(a);
        return r;
    }

    private static String groupFloat(String body, FormatSpec f, int prefixLength) {
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        String intPart = body.substring(0, end);
        String rest = body.substring(end);
        if (f.fill == '0' && f.align == '=' && f.width > 0) {
            String sep = String.valueOf(f.grouping);
            int target = f.width - prefixLength - rest.length();
            String d = intPart;
            while (group(d, sep, 3).length() < target) {
                d = "0" + d;
            }
            return group(d, sep, 3) + rest;
        }
        return group(intPart, String.valueOf(f.grouping), 3) + rest;
    }

    /** Fixed notation with {@code precision} digits after the point, correctly rounded. */
    static String fixed(double a, int precision, boolean alternate) {
        String s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (precision == 0 && alternate) {
            s += ".";
        }
        return s;
    }

    /** d.ddde+XX with {@code precision} digits after the point. */
    static String exponent(double a, int precision, boolean alternate, boolean upper) {
        String digits;
        int exp;
        if (a == 0.0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < precision + 1) {
                digits = digits + "0".repeat(precision + 1 - digits.length());
            } else if (digits.length() > precision + 1) {
                digits = digits.substring(0, precision + 1);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (precision > 0 || alternate) {
            sb.append('.');
        }
        sb.append(digits, 1, digits.length());
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        sb.append(ae);
        return sb.toString();
    }

    /**
     * 'g': {@code precision} significant digits, fixed if the exponent is in [-4, precision), else
     * exponent notation; trailing zeros removed unless '#'. With {@code noType} (format spec
     * without a type) fixed results keep at least one digit after the point.
     */
    static String general(double a, int precision, boolean alternate, boolean upper, boolean noType) {
        int p = precision == 0 ? 1 : precision;
        int exp;
        if (a == 0.0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        String s;
        if (exp >= -4 && exp < p) {
            s = fixed(a, p - 1 - exp, alternate);
            if (!alternate) {
                s = stripZeros(s);
                if (noType && s.indexOf('.') < 0) {
                    s += ".0";
                }
            }
        } else {
            s = exponent(a, p - 1, alternate, upper);
            if (!alternate) {
                int e = s.indexOf(upper ? 'E' : 'e');
                s = stripZeros(s.substring(0, e)) + s.substring(e);
            }
        }
        return s;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
