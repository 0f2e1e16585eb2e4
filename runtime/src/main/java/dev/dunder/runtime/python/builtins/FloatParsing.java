package dev.dunder.runtime.python.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyNumbers;
import dev.dunder.runtime.python.ops.PySequences;
import dev.dunder.runtime.python.ops.PyStr;

/** {@code float(x)}, float→int conversion, and the float methods that need exact arithmetic. */
public final class FloatParsing {
    private FloatParsing() {
    }

    static Object construct(Object x) {
        Object v = Convert.unbox(x);
        if (v instanceof Double) {
            return v;
        }
        if (v instanceof String s) {
            return parse(s);
        }
        if (PyNumbers.isInt(v)) {
            return PyNumbers.toDouble(v);
        }
        Object f = PyTypes.typeOf(x).lookup("__float__");
        if (f != null) {
            Object r = Convert.unbox(PyCall.callMethod(f, x));
            if (r instanceof Double) {
                return r;
            }
            throw PyErrors.typeError("%s.__float__ returned non-float (type %s)", PyErrors.typeName(x), PyErrors.typeName(r));
        }
        if (PyTypes.typeOf(x).lookup("__index__") != null) {
            return PyNumbers.toDouble(PySequences.index(x));
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '%s'", PyErrors.typeName(x));
    }

    public static double parse(String text) {
        String s = text.strip();
        String lower = s.toLowerCase();
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1.0 : 1.0;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        boolean ok = !unsigned.isEmpty() && unsigned.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?") && unsigned.matches(".*\\d.*")
                        && !unsigned.startsWith("e") && !unsigned.startsWith(".e");
        if (!ok) {
            throw PyErrors.valueError("could not convert string to float: %s", PyStr.repr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }

    public static Object toInt(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return PyNumbers.normalize(new BigDecimal(d).toBigInteger());
    }

    static PTuple integerRatio(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("cannot convert Infinity to integer ratio");
        }
        BigDecimal bd = new BigDecimal(d);
        BigInteger num = bd.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (bd.scale() > 0) {
            den = BigInteger.TEN.pow(bd.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return PTuple.of(PyNumbers.normalize(num), PyNumbers.normalize(den));
    }

    /** float.hex(): {@code 0x1.8000000000000p+1} style, as C's %a with CPython's layout. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1 / d < 0 ? "-" : "") + "0x0.0p+0";
        }
        String sign = d < 0 ? "-" : "";
        double a = Math.abs(d);
        int exp = Math.getExponent(a);
        long bits = Double.doubleToLongBits(a) & 0xFFFFFFFFFFFFFL;
        String lead = "1";
        if (exp < Double.MIN_EXPONENT) {
            exp = Double.MIN_EXPONENT;
            lead = "0";
        }
        String mantissa = String.format("%013x", bits);
        return sign + "0x" + lead + "." + mantissa + "p" + (exp >= 0 ? "+" : "") + exp;
    }
}
