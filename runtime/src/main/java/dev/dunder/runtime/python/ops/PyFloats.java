package dev.dunder.runtime.python.ops;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code repr(float)}: the shortest decimal string that reads back as the same
 * double (Java 19+'s {@code Double.toString} digits), laid out as CPython does —
 * fixed notation for decimal exponents -4 to 15, else {@code 1e+16} style.
 */
public final class PyFloats {
    private PyFloats() {
    }

    @TruffleBoundary
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1.0 / d < 0) ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        // Java keeps two digits for a few subnormals (4.9E-324); Python wants the shortest
        while (bd.precision() > 1) {
            BigDecimal shorter = bd.round(new java.math.MathContext(bd.precision() - 1, java.math.RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != Math.abs(d)) {
                break;
            }
            bd = shorter.stripTrailingZeros();
        }
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        return sign + layout(digits, decpt, true);
    }

    /**
     * Lays out significant digits {@code digits} with value 0.digits × 10**decpt the way
     * repr does: fixed for -4 < decpt <= 16, else exponent notation.
     */
    static String layout(String digits, int decpt, boolean addPointZero) {
        if (decpt > -4 && decpt <= 16) {
            StringBuilder sb = new StringBuilder();
            if (decpt <= 0) {
                sb.append("0.");
                for (int i = 0; i < -decpt; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits);
                for (int i = digits.length(); i < decpt; i++) {
                    sb.append('0');
                }
                if (addPointZero) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        int exp = decpt - 1;
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
        return sb.toString();
    }
}
