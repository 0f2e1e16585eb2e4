package dev.dunder.runtime.js.ops;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Number to string exactly as ECMA-262 specifies: Number::toString (§6.1.6.1.20) with
 * the shortest round-tripping digits, and the formats of toFixed, toExponential,
 * toPrecision and toString(radix).
 *
 * <p>The shortest digits come from {@link Double#toString}, which since JDK 19 yields
 * the shortest decimal that rounds to the double (the closest one on ties), the same
 * digits ECMAScript asks for; only the layout differs.
 */
public final class NumberToString {
    private NumberToString() {
    }

    /** Shortest digits (no leading or trailing zeros) and the decimal point position n: value = 0.digits × 10^n. */
    record Digits(String digits, int n) {
    }

    static Digits shortest(double v) {
        String s = Double.toString(Math.abs(v));
        int e = 0;
        int ei = s.indexOf('E');
        if (ei >= 0) {
            e = Integer.parseInt(s.substring(ei + 1));
            s = s.substring(0, ei);
        }
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot + 1);
        String digits = intPart + frac;
        int n = intPart.length() + e;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        n -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java prints at least two significant digits ("4.9E-324"); one may be enough (5e-324)
            double abs = Math.abs(v);
            java.math.BigDecimal exact = new java.math.BigDecimal(abs);
            int d0 = digits.charAt(0) - '0';
            String best = null;
            int bestN = n;
            java.math.BigDecimal bestDistance = null;
            for (int candidate : new int[]{d0, d0 + 1}) {
                String text = candidate == 10 ? "1E" + n : candidate + "E" + (n - 1);
                if (candidate >= 1 && Double.parseDouble(text) == abs) {
                    java.math.BigDecimal distance = new java.math.BigDecimal(text).subtract(exact).abs();
                    if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                        bestDistance = distance;
                        best = candidate == 10 ? "1" : Integer.toString(candidate);
                        bestN = candidate == 10 ? n + 1 : n;
                    }
                }
            }
            if (best != null) {
                return new Digits(best, bestN);
            }
        }
        return new Digits(digits, n);
    }

    @TruffleBoundary
    public static String toString(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v == 0) {
            return "0";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == (int) v) {
            return Integer.toString((int) v);
        }
        String sign = v < 0 ? "-" : "";
        Digits d = shortest(v);
        String s = d.digits();
        int k = s.length();
        int n = d.n();
        StringBuilder b = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            b.append(s);
            b.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            b.append(s, 0, n).append('.').append(s, n, k);
        } else if (-6 < n && n <= 0) {
            b.append("0.").append("0".repeat(-n)).append(s);
        } else {
            int e = n - 1;
            b.append(s.charAt(0));
            if (k > 1) {
                b.append('.').append(s, 1, k);
            }
            b.append('e').append(e >= 0 ? "+" : "-").append(Math.abs(e));
        }
        return b.toString();
    }

    /** Number.prototype.toFixed(f) for |v| < 1e21 (the caller handles the rest). */
    @TruffleBoundary
    public static String toFixed(double v, int f) {
        BigDecimal exact = new BigDecimal(v);
        BigDecimal rounded = exact.setScale(f, RoundingMode.HALF_UP);
        // (-0.0001).toFixed(2) is "-0.00": the sign comes from the value, not the rounded digits
        return (v < 0 ? "-" : "") + rounded.abs().toPlainString();
    }

    /** Number.prototype.toExponential(f); {@code f} < 0 means "as many digits as necessary". */
    @TruffleBoundary
    public static String toExponential(double v, int f) {
        String sign = v < 0 ? "-" : "";
        double x = Math.abs(v);
        String digits;
        int e;
        if (x == 0) {
            digits = "0".repeat(Math.max(f, 0) + 1);
            e = 0;
        } else if (f < 0) {
            Digits d = shortest(x);
            digits = d.digits();
            e = d.n() - 1;
        } else {
            BigDecimal exact = new BigDecimal(x);
            BigDecimal r = exact.round(new java.math.MathContext(f + 1, RoundingMode.HALF_UP));
            digits = r.unscaledValue().toString();
            e = digits.length() - 1 - r.scale();
            if (digits.length() < f + 1) {
                digits = digits + "0".repeat(f + 1 - digits.length());
            } else if (digits.length() > f + 1) {
                digits = digits.substring(0, f + 1);
            }
        }
        StringBuilder b = new StringBuilder(sign).append(digits.charAt(0));
        if (digits.length() > 1) {
            b.append('.').append(digits, 1, digits.length());
        }
        b.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e));
        return b.toString();
    }

    /** Number.prototype.toPrecision(p) for finite v. */
    @TruffleBoundary
    public static String toPrecision(double v, int p) {
        String sign = v < 0 ? "-" : "";
        double x = Math.abs(v);
        String digits;
        int e;
        if (x == 0) {
            digits = "0".repeat(p);
            e = 0;
        } else {
            BigDecimal r = new BigDecimal(x).round(new java.math.MathContext(p, RoundingMode.HALF_UP));
            digits = r.unscaledValue().toString();
            e = digits.length() - 1 - r.scale();
            if (digits.length() < p) {
                digits = digits + "0".repeat(p - digits.length());
            } else if (digits.length() > p) {
                digits = digits.substring(0, p);
            }
        }
        if (e < -6 || e >= p) {
            StringBuilder b = new StringBuilder(sign).append(digits.charAt(0));
            if (p > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            b.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e));
            return b.toString();
        }
        if (e == p - 1) {
            return sign + digits;
        }
        if (e >= 0) {
            return sign + digits.substring(0, e + 1) + "." + digits.substring(e + 1);
        }
        return sign + "0." + "0".repeat(-(e + 1)) + digits;
    }

    /**
     * Number.prototype.toString(radix) for radix 2..36 other than 10, digit for digit as
     * V8's DoubleToRadixCString: fraction digits only up to the input's precision (with
     * round-half-even and carries), integer digits beyond 2^53 written as zeros.
     */
    @TruffleBoundary
    public static String toString(double v, int radix) {
        if (v != v) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        boolean negative = v < 0;
        double value = Math.abs(v);
        double integer = Math.floor(value);
        double fraction = value - integer;
        double delta = 0.5 * (Math.nextUp(value) - value);
        delta = Math.max(Math.nextUp(0.0), delta);
        StringBuilder frac = new StringBuilder();
        if (fraction >= delta) {
            do {
                fraction *= radix;
                delta *= radix;
                int digit = (int) fraction;
                frac.append(Character.forDigit(digit, radix));
                fraction -= digit;
                if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) == 1)) {
                    if (fraction + delta > 1) {
                        while (true) {
                            int last = frac.length() - 1;
                            if (last < 0) {
                                integer += 1;
                                break;
                            }
                            int d = Character.digit(frac.charAt(last), radix);
                            frac.setLength(last);
                            if (d + 1 < radix) {
                                frac.append(Character.forDigit(d + 1, radix));
                                break;
                            }
                        }
                        break;
                    }
                }
            } while (fraction >= delta);
        }
        StringBuilder intDigits = new StringBuilder();
        while (Math.getExponent(integer / radix) > 52) {
            integer /= radix;
            intDigits.append('0');
        }
        do {
            double remainder = integer % radix;
            intDigits.append(Character.forDigit((int) remainder, radix));
            integer = (integer - remainder) / radix;
        } while (integer > 0);
        intDigits.reverse();
        StringBuilder b = new StringBuilder();
        if (negative) {
            b.append('-');
        }
        b.append(intDigits);
        if (frac.length() > 0) {
            b.append('.').append(frac);
        }
        return b.toString();
    }
}
