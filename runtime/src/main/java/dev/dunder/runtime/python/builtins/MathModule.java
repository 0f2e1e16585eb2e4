package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.function;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyBinary;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PyNumbers;
import dev.dunder.runtime.python.ops.PySequences;

/** The {@code math} module, with CPython's domain errors ("math domain error"). */
public final class MathModule {
    private MathModule() {
    }

    public static PModule create() {
        PModule m = new PModule("math");
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        lib.put(m, "__name__", "math");
        lib.put(m, "pi", Math.PI);
        lib.put(m, "e", Math.E);
        lib.put(m, "tau", 2 * Math.PI);
        lib.put(m, "inf", Double.POSITIVE_INFINITY);
        lib.put(m, "nan", Double.NaN);
        unary(m, "sqrt", x -> x < 0 ? domain() : Math.sqrt(x));
        unary(m, "exp", x -> overflow(Math.exp(x), x));
        unary(m, "expm1", x -> overflow(Math.expm1(x), x));
        unary(m, "log2", x -> x <= 0 ? domain() : log2(x));
        unary(m, "log10", x -> x <= 0 ? domain() : Math.log10(x));
        unary(m, "log1p", x -> x <= -1 ? domain() : Math.log1p(x));
        unary(m, "sin", x -> Double.isInfinite(x) ? domain() : Math.sin(x));
        unary(m, "cos", x -> Double.isInfinite(x) ? domain() : Math.cos(x));
        unary(m, "tan", x -> Double.isInfinite(x) ? domain() : Math.tan(x));
        unary(m, "asin", x -> Math.abs(x) > 1 ? domain() : Math.asin(x));
        unary(m, "acos", x -> Math.abs(x) > 1 ? domain() : Math.acos(x));
        unary(m, "atan", Math::atan);
        unary(m, "sinh", x -> overflow(Math.sinh(x), x));
        unary(m, "cosh", x -> overflow(Math.cosh(x), x));
        unary(m, "tanh", Math::tanh);
        unary(m, "asinh", x -> Double.isInfinite(x) ? x : Math.log(x + Math.sqrt(x * x + 1)));
        unary(m, "acosh", x -> x < 1 ? domain() : Math.log(x + Math.sqrt(x * x - 1)));
        unary(m, "atanh", x -> Math.abs(x) >= 1 ? domain() : 0.5 * Math.log((1 + x) / (1 - x)));
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        unary(m, "erf", MathModule::erf);
        unary(m, "erfc", x -> 1 - erf(x));
        unary(m, "gamma", x -> {
            if (x == Math.rint(x) && x <= 0) {
                return domain();
            }
            return gamma(x);
        });
        unary(m, "lgamma", x -> Math.log(Math.abs(gamma(x))));
        function(m, "log", "x, base=?, /", a -> {
            double num = logOf(a[0]);
            if (a[1] == null) {
                return num;
            }
            double den = logOf(a[1]);
            if (den == 0.0) {
                throw PyErrors.zeroDivision("float division by zero");
            }
            return num / den;
        });
        function(m, "pow", "x, y, /", a -> {
            double x = Convert.toDouble(a[0]);
            double y = Convert.toDouble(a[1]);
            if (x == 0.0 && y < 0) {
                return domain();
            }
            if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) {
                return domain();
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw PyErrors.overflowError("math range error");
            }
            return r;
        });
        function(m, "atan2", "y, x, /", a -> Math.atan2(Convert.toDouble(a[0]), Convert.toDouble(a[1])));
        function(m, "hypot", "*coordinates", a -> {
            double s = 0;
            for (Object o : ((PTuple) a[0]).getItems()) {
                double v = Convert.toDouble(o);
                s = Math.hypot(s, v);
            }
            return s;
        });
        function(m, "dist", "p, q, /", a -> {
            Object[] p = PyIter.toArray(a[0]);
            Object[] q = PyIter.toArray(a[1]);
            if (p.length != q.length) {
                throw PyErrors.valueError("both points must have the same number of dimensions");
            }
            double s = 0;
            for (int i = 0; i < p.length; i++) {
                s = Math.hypot(s, Convert.toDouble(p[i]) - Convert.toDouble(q[i]));
            }
            return s;
        });
        function(m, "copysign", "x, y, /", a -> Math.copySign(Convert.toDouble(a[0]), Convert.toDouble(a[1])));
        function(m, "fmod", "x, y, /", a -> {
            double x = Convert.toDouble(a[0]);
            double y = Convert.toDouble(a[1]);
            if (y == 0 || Double.isInfinite(x)) {
                return domain();
            }
            return x % y;
        });
        function(m, "modf", "x, /", a -> {
            double x = Convert.toDouble(a[0]);
            if (Double.isInfinite(x)) {
                return PTuple.of(Math.copySign(0.0, x), x);
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PTuple.of(x - ip == 0 ? Math.copySign(0.0, x) : x - ip, ip);
        });
        function(m, "frexp", "x, /", a -> {
            double x = Convert.toDouble(a[0]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PTuple.of(x, 0L);
            }
            int e = Math.getExponent(x) + 1;
            double mant = x / Math.scalb(1.0, e);
            if (Math.abs(mant) < 0.5) {
                mant *= 2;
                e--;
            }
            return PTuple.of(mant, (long) e);
        });
        function(m, "ldexp", "x, i, /", a -> Math.scalb(Convert.toDouble(a[0]), Convert.intValue(a[1])));
        function(m, "floor", "x, /", a -> rounding(a[0], "__floor__", Math::floor));
        function(m, "ceil", "x, /", a -> rounding(a[0], "__ceil__", Math::ceil));
        function(m, "trunc", "x, /", a -> {
            Object slot = PyTypes.typeOf(a[0]).lookup("__trunc__");
            if (slot == null) {
                throw PyErrors.typeError("type %s doesn't define __trunc__ method", PyErrors.typeName(a[0]));
            }
            return PyCall.callMethod(slot, a[0]);
        });
        function(m, "isnan", "x, /", a -> Double.isNaN(Convert.toDouble(a[0])));
        function(m, "isinf", "x, /", a -> Double.isInfinite(Convert.toDouble(a[0])));
        function(m, "isfinite", "x, /", a -> Double.isFinite(Convert.toDouble(a[0])));
        function(m, "isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", a -> {
            double x = Convert.toDouble(a[0]);
            double y = Convert.toDouble(a[1]);
            double rel = Convert.toDouble(a[2]);
            double abs = Convert.toDouble(a[3]);
            if (rel < 0 || abs < 0) {
                throw PyErrors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        function(m, "gcd", "*integers", a -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : ((PTuple) a[0]).getItems()) {
                g = g.gcd(PyNumbers.toBig(PySequences.index(o)));
            }
            return PyNumbers.normalize(g);
        });
        function(m, "lcm", "*integers", a -> {
            BigInteger l = BigInteger.ONE;
            for (Object o : ((PTuple) a[0]).getItems()) {
                BigInteger v = PyNumbers.toBig(PySequences.index(o)).abs();
                if (v.signum() == 0) {
                    return 0L;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyNumbers.normalize(l);
        });
        function(m, "factorial", "n, /", a -> {
            Object v = Convert.unbox(a[0]);
            if (v instanceof Double) {
                throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
            }
            long n = Convert.longValue(a[0]);
            if (n < 0) {
                throw PyErrors.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyNumbers.normalize(r);
        });
        function(m, "comb", "n, k, /", a -> {
            long n = Convert.longValue(a[0]);
            long k = Convert.longValue(a[1]);
            if (n < 0 || k < 0) {
                throw PyErrors.valueError("%s must be a non-negative integer", n < 0 ? "n" : "k");
            }
            if (k > n) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            k = Math.min(k, n - k);
            for (long i = 0; i < k; i++) {
                r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return PyNumbers.normalize(r);
        });
        function(m, "perm", "n, k=None, /", a -> {
            long n = Convert.longValue(a[0]);
            long k = a[1] == PNone.NONE ? n : Convert.longValue(a[1]);
            if (n < 0 || k < 0) {
                throw PyErrors.valueError("%s must be a non-negative integer", n < 0 ? "n" : "k");
            }
            if (k > n) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k; i++) {
                r = r.multiply(BigInteger.valueOf(n - i));
            }
            return PyNumbers.normalize(r);
        });
        function(m, "isqrt", "n, /", a -> {
            BigInteger n = PyNumbers.toBig(PySequences.index(a[0]));
            if (n.signum() < 0) {
                throw PyErrors.valueError("isqrt() argument must be nonnegative");
            }
            return PyNumbers.normalize(n.sqrt());
        });
        function(m, "prod", "iterable, /, *, start=1", a -> {
            Object r = a[1];
            for (Object o : PyIter.toArray(a[0])) {
                r = PyBinary.binary(r, o, PyBinary.Op.MUL);
            }
            return r;
        });
        function(m, "fsum", "seq, /", a -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            double special = 0;
            boolean hasSpecial = false;
            for (Object o : PyIter.toArray(a[0])) {
                double d = Convert.toDouble(o);
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    special += d;
                    hasSpecial = true;
                } else {
                    s = s.add(new java.math.BigDecimal(d));
                }
            }
            return hasSpecial ? special : s.doubleValue();
        });
        return m;
    }

    private static void unary(PModule m, String name, DoubleUnaryOperator op) {
        function(m, name, "x, /", a -> op.applyAsDouble(Convert.toDouble(a[0])));
    }

    private static double domain() {
        throw PyErrors.valueError("math domain error");
    }

    private static double overflow(double r, double x) {
        if (Double.isInfinite(r) && !Double.isInfinite(x)) {
            throw PyErrors.overflowError("math range error");
        }
        return r;
    }

    private static double log2(double x) {
        int e = Math.getExponent(x);
        if (x == Math.scalb(1.0, e)) {
            return e;
        }
        return Math.log(x) / Math.log(2);
    }

    /** log of an int of any size (CPython handles big ints exactly by bit length). */
    private static double logOf(Object o) {
        Object v = Convert.unbox(o);
        if (v instanceof BigInteger b) {
            if (b.signum() <= 0) {
                return domain();
            }
            int shift = Math.max(0, b.bitLength() - 1000);
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = Convert.toDouble(o);
        if (x <= 0) {
            return domain();
        }
        return Math.log(x);
    }

    private static Object rounding(Object x, String hook, DoubleUnaryOperator op) {
        Object v = Convert.unbox(x);
        if (PyNumbers.isInt(v)) {
            return v instanceof Boolean b ? (b ? 1L : 0L) : v;
        }
        if (!(v instanceof Double)) {
            Object slot = PyTypes.typeOf(x).lookup(hook);
            if (slot != null) {
                return PyCall.callMethod(slot, x);
            }
        }
        return FloatParsing.toInt(op.applyAsDouble(Convert.toDouble(x)));
    }

    private static double erf(double x) {
        // Abramowitz–Stegun 7.1.26 refined by a series for small |x| (CPython uses a series/continued fraction)
        double ax = Math.abs(x);
        if (ax < 2.0) {
            double sum = x;
            double term = x;
            double x2 = x * x;
            for (int n = 1; n < 100; n++) {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            return 2 / Math.sqrt(Math.PI) * sum;
        }
        double t = 1.0 / (1.0 + 0.5 * ax);
        double y = 1 - t * Math.exp(-ax * ax - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
                        + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? y : -y;
    }

    private static double gamma(double x) {
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        if (x == Math.rint(x) && x < 171) {
            double r = 1;
            for (int i = 2; i < x; i++) {
                r *= i;
            }
            return r;
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        x -= 1;
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += g[i] / (x + i);
        }
        return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
    }
}
