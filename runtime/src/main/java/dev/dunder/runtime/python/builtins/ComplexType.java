package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PComplex;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyFloats;
import dev.dunder.runtime.python.ops.PyHash;
import dev.dunder.runtime.python.ops.PyNumbers;

/** {@code complex}: arithmetic with CPython's algorithms (Smith's division, c_pow) and repr. */
public final class ComplexType {
    private ComplexType() {
    }

    /** {real, imag} of a complex operand (ints and floats included), or null. */
    static double[] operand(Object o) {
        if (o instanceof PComplex c) {
            return new double[]{c.real(), c.imag()};
        }
        Double d = NumberTypes.floatOperand(o);
        return d == null ? null : new double[]{d, 0.0};
    }

    private interface Op {
        Object apply(double[] a, double[] b);
    }

    private static void binary(PyType t, String name, Op op) {
        method(t, "__" + name + "__", "self, other, /", a -> {
            double[] y = operand(a[1]);
            return y == null ? PNotImplemented.INSTANCE : op.apply(operand(a[0]), y);
        });
        method(t, "__r" + name + "__", "self, other, /", a -> {
            double[] x = operand(a[1]);
            return x == null ? PNotImplemented.INSTANCE : op.apply(x, operand(a[0]));
        });
    }

    static void install() {
        PyType t = PyTypes.COMPLEX;
        constructor(t, "cls, real=0, imag=?", a -> {
            double[] re;
            if (Convert.isStr(a[1])) {
                if (a[2] != null) {
                    throw PyErrors.typeError("complex() can't take second arg if first is a string");
                }
                re = parse((String) Convert.unbox(a[1]));
            } else {
                re = operand(a[1]);
                if (re == null) {
                    throw PyErrors.typeError("complex() first argument must be a string or a number, not '%s'", PyErrors.typeName(a[1]));
                }
            }
            double[] im = {0, 0};
            if (a[2] != null) {
                im = operand(a[2]);
                if (im == null) {
                    throw PyErrors.typeError("complex() second argument must be a number, not '%s'", PyErrors.typeName(a[2]));
                }
            }
            return new PComplex(((PyType) a[0]).getInstanceShape(), re[0] - im[1], re[1] + im[0]);
        });
        binary(t, "add", (x, y) -> new PComplex(x[0] + y[0], x[1] + y[1]));
        binary(t, "sub", (x, y) -> new PComplex(x[0] - y[0], x[1] - y[1]));
        binary(t, "mul", (x, y) -> new PComplex(x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]));
        binary(t, "truediv", (x, y) -> divide(x, y));
        binary(t, "pow", (x, y) -> pow(x[0], x[1], y[0], y[1]));
        method(t, "__neg__", "self, /", a -> new PComplex(-c(a[0]).real(), -c(a[0]).imag()));
        method(t, "__pos__", "self, /", a -> a[0]);
        method(t, "__abs__", "self, /", a -> {
            double r = Math.hypot(c(a[0]).real(), c(a[0]).imag());
            if (Double.isInfinite(r) && !Double.isInfinite(c(a[0]).real()) && !Double.isInfinite(c(a[0]).imag())) {
                throw PyErrors.overflowError("absolute value too large");
            }
            return r;
        });
        method(t, "__bool__", "self, /", a -> c(a[0]).real() != 0 || c(a[0]).imag() != 0);
        method(t, "__eq__", "self, other, /", a -> {
            double[] y = operand(a[1]);
            return y == null ? PNotImplemented.INSTANCE : (Object) (c(a[0]).real() == y[0] && c(a[0]).imag() == y[1]);
        });
        method(t, "__ne__", "self, other, /", a -> {
            double[] y = operand(a[1]);
            return y == null ? PNotImplemented.INSTANCE : (Object) !(c(a[0]).real() == y[0] && c(a[0]).imag() == y[1]);
        });
        method(t, "__hash__", "self, /", a -> {
            long h = PyHash.hashDouble(c(a[0]).real(), a[0]) + 1000003L * PyHash.hashDouble(c(a[0]).imag(), a[0]);
            return h == -1 ? -2L : h;
        });
        method(t, "__repr__", "self, /", a -> repr(c(a[0]).real(), c(a[0]).imag()));
        method(t, "conjugate", "self, /", a -> new PComplex(c(a[0]).real(), -c(a[0]).imag()));
        method(t, "__complex__", "self, /", a -> a[0]);
        getter(t, "real", o -> c(o).real());
        getter(t, "imag", o -> c(o).imag());
        for (String op : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            method(t, op, "self, other, /", a -> PNotImplemented.INSTANCE);
        }
        method(t, "__floordiv__", "self, other, /", a -> {
            throw PyErrors.typeError("unsupported operand type(s) for //: 'complex' and '%s'", PyErrors.typeName(a[1]));
        });
    }

    private static PComplex c(Object o) {
        return (PComplex) o;
    }

    /** CPython's _Py_c_quot (Smith's method). */
    private static PComplex divide(double[] a, double[] b) {
        double absBr = Math.abs(b[0]);
        double absBi = Math.abs(b[1]);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PyErrors.zeroDivision("complex division by zero");
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new PComplex((a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new PComplex((a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom);
        }
        return new PComplex(Double.NaN, Double.NaN);
    }

    /** CPython's complex power: repeated multiplication for small integral exponents, polar form otherwise. */
    public static PComplex pow(double ar, double ai, double br, double bi) {
        if (bi == 0.0 && br == Math.rint(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            double[] r = powi(ar, ai, Math.abs(n));
            if (n < 0) {
                return divide(new double[]{1, 0}, r);
            }
            return new PComplex(r[0], r[1]);
        }
        if (br == 0.0 && bi == 0.0) {
            return new PComplex(1.0, 0.0);
        }
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                throw PyErrors.zeroDivision("0.0 to a negative or complex power");
            }
            return new PComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new PComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static double[] powi(double ar, double ai, long n) {
        double[] r = {1.0, 0.0};
        double[] p = {ar, ai};
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = new double[]{r[0] * p[0] - r[1] * p[1], r[0] * p[1] + r[1] * p[0]};
            }
            mask <<= 1;
            p = new double[]{p[0] * p[0] - p[1] * p[1], 2 * p[0] * p[1]};
        }
        return r;
    }

    /** CPython's complex_repr: "1j", "(1+2j)", components without a forced ".0". */
    public static String repr(double re, double im) {
        String imag = component(im);
        if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
            return imag + "j";
        }
        String sign = "+";
        if (imag.startsWith("-")) {
            sign = "";
        }
        return "(" + component(re) + sign + imag + "j)";
    }

    private static String component(double d) {
        String r = PyFloats.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    private static double[] parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        try {
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                int split = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char ch = body.charAt(i);
                    if ((ch == '+' || ch == '-') && Character.toLowerCase(body.charAt(i - 1)) != 'e') {
                        split = i;
                        break;
                    }
                }
                if (split < 0) {
                    double im = body.isEmpty() || body.equals("+") ? 1.0 : body.equals("-") ? -1.0 : FloatParsing.parse(body);
                    return new double[]{0.0, im};
                }
                String imPart = body.substring(split);
                double im = imPart.equals("+") ? 1.0 : imPart.equals("-") ? -1.0 : FloatParsing.parse(imPart);
                return new double[]{FloatParsing.parse(body.substring(0, split)), im};
            }
            return new double[]{FloatParsing.parse(s), 0.0};
        } catch (dev.dunder.runtime.python.PythonException e) {
            throw PyErrors.valueError("complex() arg is a malformed string");
        }
    }


}
