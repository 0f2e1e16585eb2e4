package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.util.function.DoubleUnaryOperator;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.Operators;

/** The {@code Math} object (§21.3). */
public final class MathBuiltins {
    private MathBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSObject math = new JSObject(realm.objectShape);
        realm.globalObject.defineDirect("Math", math, PropertyFlags.METHOD);
        Builtins.constant(math, "E", Math.E);
        Builtins.constant(math, "LN10", 2.302585092994046);
        Builtins.constant(math, "LN2", 0.6931471805599453);
        Builtins.constant(math, "LOG10E", 0.4342944819032518);
        Builtins.constant(math, "LOG2E", 1.4426950408889634);
        Builtins.constant(math, "PI", Math.PI);
        Builtins.constant(math, "SQRT1_2", 0.7071067811865476);
        Builtins.constant(math, "SQRT2", 1.4142135623730951);
        math.defineDirect(JSSymbol.TO_STRING_TAG, "Math", PropertyFlags.CONFIGURABLE_ONLY);
        unary(realm, math, "abs", Math::abs);
        unary(realm, math, "acos", Math::acos);
        unary(realm, math, "acosh", x -> Math.log(x + Math.sqrt(x * x - 1)));
        unary(realm, math, "asin", Math::asin);
        unary(realm, math, "asinh", x -> x == 0 || Double.isInfinite(x) ? x : Math.log(x + Math.sqrt(x * x + 1)));
        unary(realm, math, "atan", Math::atan);
        unary(realm, math, "atanh", x -> x == 0 ? x : 0.5 * Math.log((1 + x) / (1 - x)));
        unary(realm, math, "cbrt", Math::cbrt);
        unary(realm, math, "ceil", Math::ceil);
        unary(realm, math, "cos", Math::cos);
        unary(realm, math, "cosh", Math::cosh);
        unary(realm, math, "exp", Math::exp);
        unary(realm, math, "expm1", Math::expm1);
        unary(realm, math, "floor", Math::floor);
        unary(realm, math, "fround", x -> (double) (float) x);
        unary(realm, math, "log", Math::log);
        unary(realm, math, "log1p", Math::log1p);
        unary(realm, math, "log10", Math::log10);
        unary(realm, math, "log2", x -> {
            double r = Math.log(x) / Math.log(2);
            double rounded = Math.rint(r);
            return Math.abs(r - rounded) < 1e-13 && Math.pow(2, rounded) == x ? rounded : r;
        });
        unary(realm, math, "round", MathBuiltins::round);
        unary(realm, math, "sign", x -> x != x || x == 0 ? x : Math.signum(x));
        unary(realm, math, "sin", Math::sin);
        unary(realm, math, "sinh", Math::sinh);
        unary(realm, math, "sqrt", Math::sqrt);
        unary(realm, math, "tan", Math::tan);
        unary(realm, math, "tanh", Math::tanh);
        unary(realm, math, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        unary(realm, math, "clz32", x -> (double) Integer.numberOfLeadingZeros(Conversions.toInt32(x)));
        Builtins.method(realm, math, "atan2", 2, (t, a) -> Math.atan2(Conversions.toNumber(arg(a, 0)), Conversions.toNumber(arg(a, 1))));
        Builtins.method(realm, math, "pow", 2, (t, a) -> Operators.pow(Conversions.toNumber(arg(a, 0)), Conversions.toNumber(arg(a, 1))));
        Builtins.method(realm, math, "imul", 2, (t, a) -> (double) (Conversions.toInt32(arg(a, 0)) * Conversions.toInt32(arg(a, 1))));
        Builtins.method(realm, math, "max", 2, (t, a) -> {
            double r = Double.NEGATIVE_INFINITY;
            boolean nan = false;
            for (Object v : a) {
                double d = Conversions.toNumber(v);
                if (d != d) {
                    nan = true;
                } else if (d > r || (d == 0 && r == 0 && 1 / r < 0)) {
                    r = d;
                }
            }
            return nan ? Double.NaN : r;
        });
        Builtins.method(realm, math, "min", 2, (t, a) -> {
            double r = Double.POSITIVE_INFINITY;
            boolean nan = false;
            for (Object v : a) {
                double d = Conversions.toNumber(v);
                if (d != d) {
                    nan = true;
                } else if (d < r || (d == 0 && r == 0 && 1 / d < 0)) {
                    r = d;
                }
            }
            return nan ? Double.NaN : r;
        });
        Builtins.method(realm, math, "hypot", 2, (t, a) -> {
            double sum = 0;
            boolean inf = false;
            boolean nan = false;
            for (Object v : a) {
                double d = Conversions.toNumber(v);
                if (Double.isInfinite(d)) {
                    inf = true;
                } else if (d != d) {
                    nan = true;
                } else {
                    sum += d * d;
                }
            }
            return inf ? Double.POSITIVE_INFINITY : nan ? Double.NaN : Math.sqrt(sum);
        });
        Builtins.method(realm, math, "random", 0, (t, a) -> Math.random());
    }

    /** Math.round: the nearest integer, halves towards +Infinity, keeping -0 (Java's Math.floor(x + 0.5) misrounds 0.49999999999999994). */
    static double round(double x) {
        if (x != x || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (x < 0 && x >= -0.5) {
            return -0.0;
        }
        double f = Math.floor(x);
        return x - f >= 0.5 ? f + 1 : f;
    }

    private static void unary(JSRealm realm, JSObject math, String name, DoubleUnaryOperator op) {
        Builtins.method(realm, math, name, 1, (t, a) -> op.applyAsDouble(Conversions.toNumber(arg(a, 0))));
    }
}
