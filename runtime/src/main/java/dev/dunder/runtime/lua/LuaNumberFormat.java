package dev.dunder.runtime.lua;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Numbers to text as Lua prints them, which is as C's printf prints them:
 * {@code tostring} of a float is {@code "%.14g"} plus ".0" when that looks like an
 * integer; {@code string.format}'s {@code %e %f %g %a} conversions. Digits come from the
 * exact binary value rounded half-even ({@link BigDecimal}), as glibc does.
 * NaN prints with its sign bit, as x86-64 glibc does: {@code 0/0} is {@code -nan}.
 */
public final class LuaNumberFormat {
    private LuaNumberFormat() {
    }

    /** {@code tostring(f)} for a float. */
    @TruffleBoundary
    public static String floatToString(double d) {
        String s = formatG(d, 14, false, false);
        if (Double.isFinite(d) && s.indexOf('.') < 0 && s.indexOf('e') < 0) {
            return s + ".0";
        }
        return s;
    }

    /** The text of a non-finite float ("inf", "-inf", "nan", "-nan"). */
    public static String nonFinite(double d, boolean upper) {
        String s;
        if (Double.isNaN(d)) {
            s = Double.doubleToRawLongBits(d) < 0 ? "-nan" : "nan";
        } else {
            s = d > 0 ? "inf" : "-inf";
        }
        return upper ? s.toUpperCase() : s;
    }

    private static boolean isNegative(double d) {
        return d < 0 || (d == 0 && 1 / d < 0);
    }

    /** {@code %.Pg} (and {@code %#.Pg} with {@code alternate}), without sign flags or padding. */
    @TruffleBoundary
    public static String formatG(double d, int precision, boolean alternate, boolean upper) {
        if (!Double.isFinite(d)) {
            return nonFinite(d, upper);
        }
        int p = precision == 0 ? 1 : precision;
        String sign = isNegative(d) ? "-" : "";
        double a = Math.abs(d);
        int exponent;
        if (a == 0) {
            exponent = 0;
        } else {
            BigDecimal rounded = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
        }
        String body;
        if (exponent < -4 || exponent >= p) {
            body = exponentBody(a, p - 1, upper);
            if (!alternate) {
                int e = body.indexOf(upper ? 'E' : 'e');
                body = stripZeros(body.substring(0, e)) + body.substring(e);
            }
        } else {
            body = fixedBody(a, p - 1 - exponent);
            if (!alternate) {
                body = stripZeros(body);
            } else if (body.indexOf('.') < 0) {
                body = body + ".";
            }
        }
        return sign + body;
    }

    /** {@code %.Pe}: d.ddde+XX. */
    @TruffleBoundary
    public static String formatE(double d, int precision, boolean alternate, boolean upper) {
        if (!Double.isFinite(d)) {
            return nonFinite(d, upper);
        }
        String body = exponentBody(Math.abs(d), precision, upper);
        if (alternate && precision == 0) {
            int e = body.indexOf(upper ? 'E' : 'e');
            body = body.substring(0, e) + "." + body.substring(e);
        }
        return (isNegative(d) ? "-" : "") + body;
    }

    /** {@code %.Pf}. */
    @TruffleBoundary
    public static String formatF(double d, int precision, boolean alternate) {
        if (!Double.isFinite(d)) {
            return nonFinite(d, false);
        }
        String body = fixedBody(Math.abs(d), precision);
        if (alternate && precision == 0) {
            body = body + ".";
        }
        return (isNegative(d) ? "-" : "") + body;
    }

    private static String fixedBody(double a, int decimals) {
        return new BigDecimal(a).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String exponentBody(double a, int decimals, boolean upper) {
        String digits;
        int exponent;
        if (a == 0) {
            digits = "0".repeat(decimals + 1);
            exponent = 0;
        } else {
            BigDecimal rounded = new BigDecimal(a).round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
            digits = rounded.unscaledValue().toString();
            if (digits.length() < decimals + 1) {
                digits = digits + "0".repeat(decimals + 1 - digits.length());
            } else if (digits.length() > decimals + 1) {
                digits = digits.substring(0, decimals + 1);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (decimals > 0) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
        int ae = Math.abs(exponent);
        if (ae < 10) {
            sb.append('0');
        }
        sb.append(ae);
        return sb.toString();
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** {@code %a}: hexadecimal floating point as glibc prints it ({@code 0x1.8p+1}); precision -1 means exact. */
    @TruffleBoundary
    public static String formatA(double d, int precision, boolean upper) {
        if (!Double.isFinite(d)) {
            return nonFinite(d, upper);
        }
        String sign = isNegative(d) ? "-" : "";
        double a = Math.abs(d);
        long bits = Double.doubleToRawLongBits(a);
        long mantissa = bits & 0xfffffffffffffL;
        int biased = (int) (bits >>> 52);
        long lead;
        int exponent;
        if (a == 0) {
            lead = 0;
            exponent = 0;
        } else if (biased == 0) {
            lead = 0;
            exponent = -1022;
        } else {
            lead = 1;
            exponent = biased - 1023;
        }
        String frac = String.format("%013x", mantissa);
        if (precision < 0) {
            int end = frac.length();
            while (end > 0 && frac.charAt(end - 1) == '0') {
                end--;
            }
            frac = frac.substring(0, end);
        } else if (precision < 13) {
            // round the 52-bit fraction to 4*precision bits, half to even
            int drop = (13 - precision) * 4;
            long full = (lead << 52) | mantissa;
            long unit = 1L << drop;
            long rem = full & (unit - 1);
            long kept = full >>> drop;
            long half = unit >>> 1;
            if (rem > half || (rem == half && (kept & 1) == 1)) {
                kept++;
            }
            lead = kept >>> (precision * 4);
            long fracBits = kept & ((1L << (precision * 4)) - 1);
            frac = precision == 0 ? "" : String.format("%0" + precision + "x", fracBits);
        } else {
            frac = frac + "0".repeat(precision - 13);
        }
        String s = "0x" + lead + (frac.isEmpty() ? "" : "." + frac) + "p" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
        return sign + (upper ? s.toUpperCase() : s);
    }
}
