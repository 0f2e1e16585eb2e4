package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBoxed;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.BuiltinCompare;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyCompare.Op;
import dev.dunder.runtime.python.ops.PyFloats;
import dev.dunder.runtime.python.ops.PyFormat;
import dev.dunder.runtime.python.ops.PyHash;
import dev.dunder.runtime.python.ops.PyNumbers;
import dev.dunder.runtime.python.ops.PySequences;

/** {@code int}, {@code bool} and {@code float}: constructors, arithmetic dunders (returning NotImplemented for foreign operands), and methods. */
final class NumberTypes {
    private NumberTypes() {
    }

    static void install() {
        installInt();
        installBool();
        installFloat();
    }

    // ---- int -------------------------------------------------------------------------------

    static void installInt() {
        PyType t = PyTypes.INT;
        constructor(t, "cls, x=?, /, base=?", a -> box((PyType) a[0], IntParsing.construct(a[1], a[2]), PyTypes.INT));
        intBinary(t, "add", PyNumbers::add);
        intBinary(t, "sub", PyNumbers::sub);
        intBinary(t, "mul", PyNumbers::mul);
        intBinary(t, "floordiv", PyNumbers::floorDiv);
        intBinary(t, "mod", PyNumbers::mod);
        intBinary(t, "lshift", PyNumbers::lshift);
        intBinary(t, "rshift", PyNumbers::rshift);
        intBinary(t, "and", PyNumbers::and);
        intBinary(t, "or", PyNumbers::or);
        intBinary(t, "xor", PyNumbers::xor);
        intBinary(t, "truediv", (x, y) -> PyNumbers.trueDivInt(x, y));
        intBinary(t, "divmod", (x, y) -> PTuple.of(PyNumbers.floorDiv(x, y), PyNumbers.mod(x, y)));
        method(t, "__pow__", "self, other, mod=None, /", a -> {
            if (!Convert.isInt(a[1]) || (a[2] != PNone.NONE && !Convert.isInt(a[2]))) {
                return PNotImplemented.INSTANCE;
            }
            Object x = Convert.unbox(a[0]);
            Object y = Convert.unbox(a[1]);
            if (a[2] != PNone.NONE) {
                return PyNumbers.powMod(x, y, Convert.unbox(a[2]));
            }
            return PyNumbers.pow(x, y);
        });
        method(t, "__rpow__", "self, other, mod=None, /", a -> Convert.isInt(a[1]) ? PyNumbers.pow(Convert.unbox(a[1]), Convert.unbox(a[0])) : PNotImplemented.INSTANCE);
        for (Op op : Op.values()) {
            method(t, "__" + op.name().toLowerCase() + "__", "self, other, /", a -> {
                Object other = Convert.unbox(a[1]);
                if (!PyNumbers.isNumber(other)) {
                    return PNotImplemented.INSTANCE;
                }
                Object self = Convert.unbox(a[0]);
                if (PyNumbers.isNaN(other)) {
                    return op == Op.NE;
                }
                return BuiltinCompare.test(PyNumbers.compare(self, other), op);
            });
        }
        method(t, "__neg__", "self, /", a -> PyNumbers.neg(Convert.unbox(a[0])));
        method(t, "__pos__", "self, /", a -> intValue(a[0]));
        method(t, "__abs__", "self, /", a -> PyNumbers.abs(Convert.unbox(a[0])));
        method(t, "__invert__", "self, /", a -> PyNumbers.invert(Convert.unbox(a[0])));
        method(t, "__bool__", "self, /", a -> {
            Object v = Convert.unbox(a[0]);
            return v instanceof BigInteger || PyNumbers.asLong(v) != 0;
        });
        method(t, "__hash__", "self, /", a -> {
            Object v = Convert.unbox(a[0]);
            return v instanceof BigInteger b ? PyHash.hashBig(b) : PyHash.hashLong(PyNumbers.asLong(v));
        });
        method(t, "__repr__", "self, /", a -> PyNumbers.intToString(intValue(a[0])));
        method(t, "__index__", "self, /", a -> intValue(a[0]));
        method(t, "__int__", "self, /", a -> intValue(a[0]));
        method(t, "__trunc__", "self, /", a -> intValue(a[0]));
        method(t, "__floor__", "self, /", a -> intValue(a[0]));
        method(t, "__ceil__", "self, /", a -> intValue(a[0]));
        method(t, "__float__", "self, /", a -> PyNumbers.toDouble(Convert.unbox(a[0])));
        method(t, "__round__", "self, ndigits=None, /", a -> roundInt(intValue(a[0]), a[1]));
        method(t, "__format__", "self, format_spec, /", a -> PyFormat.formatInt(Convert.unbox(a[0]), Convert.str(a[1], "format_spec")));
        method(t, "__getnewargs__", "self, /", a -> PTuple.of(intValue(a[0])));
        method(t, "bit_length", "self, /", a -> (long) PyNumbers.toBig(intValue(a[0])).abs().bitLength());
        method(t, "bit_count", "self, /", a -> (long) PyNumbers.toBig(intValue(a[0])).abs().bitCount());
        method(t, "conjugate", "self, /", a -> intValue(a[0]));
        method(t, "as_integer_ratio", "self, /", a -> PTuple.of(intValue(a[0]), 1L));
        getter(t, "real", NumberTypes::intValue);
        getter(t, "imag", o -> 0L);
        getter(t, "numerator", NumberTypes::intValue);
        getter(t, "denominator", o -> 1L);
    }

    /** The plain int behind an int, bool or int-subclass instance (bool becomes 0/1). */
    static Object intValue(Object o) {
        Object v = Convert.unbox(o);
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return v;
    }

    private static void intBinary(PyType t, String name, BinaryOperator<Object> op) {
        method(t, "__" + name + "__", "self, other, /", a -> Convert.isInt(a[1]) ? op.apply(Convert.unbox(a[0]), Convert.unbox(a[1])) : PNotImplemented.INSTANCE);
        method(t, "__r" + name + "__", "self, other, /", a -> Convert.isInt(a[1]) ? op.apply(Convert.unbox(a[1]), Convert.unbox(a[0])) : PNotImplemented.INSTANCE);
    }

    /** round(int, ndigits): half to even at the 10**-ndigits place. */
    static Object roundInt(Object v, Object ndigits) {
        if (ndigits == PNone.NONE) {
            return v;
        }
        long n = Convert.longValue(ndigits);
        if (n >= 0) {
            return v;
        }
        if (n < -4300) {
            return 0L;
        }
        BigDecimal d = new BigDecimal(PyNumbers.toBig(v)).setScale((int) n, RoundingMode.HALF_EVEN);
        return PyNumbers.normalize(d.toBigInteger());
    }

    /** Instances of int/float/str subclasses are boxed; the builtin class itself gets the plain value. */
    static Object box(PyType cls, Object value, PyType builtin) {
        if (cls == builtin) {
            return value;
        }
        if (!cls.isSubtypeOf(builtin)) {
            throw PyErrors.typeError("%s.__new__(%s): %s is not a subtype of %s", builtin.getName(), cls.getName(), cls.getName(), builtin.getName());
        }
        return new PBoxed(cls.getInstanceShape(), value);
    }

    // ---- bool ------------------------------------------------------------------------------

    static void installBool() {
        PyType t = PyTypes.BOOL;
        t.setAcceptsSubclasses(false);
        constructor(t, "cls, x=False, /", a -> dev.dunder.runtime.python.ops.PyTruth.isTrue(a[1]));
        method(t, "__repr__", "self, /", a -> ((Boolean) a[0]) ? "True" : "False");
        for (String name : new String[]{"and", "or", "xor"}) {
            BinaryOperator<Object> intOp = name.equals("and") ? PyNumbers::and : name.equals("or") ? PyNumbers::or : PyNumbers::xor;
            BuiltinBodyFactory f = swap -> a -> {
                Object self = swap ? a[1] : a[0];
                Object other = swap ? a[0] : a[1];
                if (self instanceof Boolean x && other instanceof Boolean y) {
                    switch (name) {
                        case "and":
                            return x & y;
                        case "or":
                            return x | y;
                        default:
                            return x ^ y;
                    }
                }
                if (!Convert.isInt(other)) {
                    return PNotImplemented.INSTANCE;
                }
                return intOp.apply(Convert.unbox(a[0]), Convert.unbox(a[1]));
            };
            method(t, "__" + name + "__", "self, other, /", f.make(false));
            method(t, "__r" + name + "__", "self, other, /", a -> f.make(false).call(new Object[]{a[1], a[0]}));
        }
    }

    private interface BuiltinBodyFactory {
        dev.dunder.runtime.python.objects.BuiltinBody make(boolean swap);
    }

    // ---- float -----------------------------------------------------------------------------

    static void installFloat() {
        PyType t = PyTypes.FLOAT;
        constructor(t, "cls, x=0.0, /", a -> box((PyType) a[0], FloatParsing.construct(a[1]), PyTypes.FLOAT));
        floatBinary(t, "add", (x, y) -> x + y);
        floatBinary(t, "sub", (x, y) -> x - y);
        floatBinary(t, "mul", (x, y) -> x * y);
        floatBinary(t, "truediv", PyNumbers::floatTrueDiv);
        floatBinary(t, "floordiv", PyNumbers::floatFloorDiv);
        floatBinary(t, "mod", PyNumbers::floatMod);
        method(t, "__divmod__", "self, other, /", a -> floatOperand(a[1]) == null ? PNotImplemented.INSTANCE
                        : divmod(floatOperand(a[0]), floatOperand(a[1])));
        method(t, "__rdivmod__", "self, other, /", a -> floatOperand(a[1]) == null ? PNotImplemented.INSTANCE
                        : divmod(floatOperand(a[1]), floatOperand(a[0])));
        method(t, "__pow__", "self, other, mod=None, /", a -> {
            if (a[2] != PNone.NONE) {
                throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            Double y = floatOperand(a[1]);
            return y == null ? PNotImplemented.INSTANCE : PyNumbers.floatPow(floatOperand(a[0]), y);
        });
        method(t, "__rpow__", "self, other, mod=None, /", a -> {
            Double x = floatOperand(a[1]);
            return x == null ? PNotImplemented.INSTANCE : PyNumbers.floatPow(x, floatOperand(a[0]));
        });
        for (Op op : Op.values()) {
            method(t, "__" + op.name().toLowerCase() + "__", "self, other, /", a -> {
                Object other = Convert.unbox(a[1]);
                if (!PyNumbers.isNumber(other)) {
                    return PNotImplemented.INSTANCE;
                }
                Object self = Convert.unbox(a[0]);
                if (PyNumbers.isNaN(self) || PyNumbers.isNaN(other)) {
                    return op == Op.NE;
                }
                return BuiltinCompare.test(PyNumbers.compare(self, other), op);
            });
        }
        method(t, "__neg__", "self, /", a -> -floatOperand(a[0]));
        method(t, "__pos__", "self, /", a -> floatOperand(a[0]));
        method(t, "__abs__", "self, /", a -> Math.abs(floatOperand(a[0])));
        method(t, "__bool__", "self, /", a -> floatOperand(a[0]) != 0.0);
        method(t, "__hash__", "self, /", a -> PyHash.hashDouble(floatOperand(a[0]), a[0]));
        method(t, "__repr__", "self, /", a -> PyFloats.repr(floatOperand(a[0])));
        method(t, "__float__", "self, /", a -> floatOperand(a[0]));
        method(t, "__int__", "self, /", a -> FloatParsing.toInt(floatOperand(a[0])));
        method(t, "__trunc__", "self, /", a -> FloatParsing.toInt(floatOperand(a[0])));
        method(t, "__floor__", "self, /", a -> FloatParsing.toInt(Math.floor(floatOperand(a[0]))));
        method(t, "__ceil__", "self, /", a -> FloatParsing.toInt(Math.ceil(floatOperand(a[0]))));
        method(t, "__round__", "self, ndigits=None, /", a -> roundFloat(floatOperand(a[0]), a[1]));
        method(t, "__format__", "self, format_spec, /", a -> PyFormat.formatFloat(floatOperand(a[0]), Convert.str(a[1], "format_spec")));
        method(t, "is_integer", "self, /", a -> {
            double d = floatOperand(a[0]);
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
        method(t, "as_integer_ratio", "self, /", a -> FloatParsing.integerRatio(floatOperand(a[0])));
        method(t, "conjugate", "self, /", a -> floatOperand(a[0]));
        method(t, "hex", "self, /", a -> FloatParsing.hex(floatOperand(a[0])));
        getter(t, "real", NumberTypes::floatOperand);
        getter(t, "imag", o -> 0.0);
    }

    /** A float operand: floats and ints (converted); null for anything else (then NotImplemented). */
    static Double floatOperand(Object o) {
        Object v = Convert.unbox(o);
        if (v instanceof Double d) {
            return d;
        }
        if (PyNumbers.isInt(v)) {
            return PyNumbers.toDouble(v);
        }
        return null;
    }

    private interface DoubleOp {
        double apply(double x, double y);
    }

    private static void floatBinary(PyType t, String name, DoubleOp op) {
        method(t, "__" + name + "__", "self, other, /", a -> {
            Double y = floatOperand(a[1]);
            return y == null ? PNotImplemented.INSTANCE : (Object) op.apply(floatOperand(a[0]), y);
        });
        method(t, "__r" + name + "__", "self, other, /", a -> {
            Double x = floatOperand(a[1]);
            return x == null ? PNotImplemented.INSTANCE : (Object) op.apply(x, floatOperand(a[0]));
        });
    }

    private static PTuple divmod(double x, double y) {
        double[] r = PyNumbers.floatDivmod(x, y, "float divmod()");
        return PTuple.of(r[0], r[1]);
    }

    /** round(float[, ndigits]) with correct (half-even on the exact binary value) rounding. */
    static Object roundFloat(double d, Object ndigits) {
        if (ndigits == PNone.NONE) {
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyErrors.overflowError("cannot convert float infinity to integer");
            }
            return FloatParsing.toInt(Math.rint(d));
        }
        long n = Convert.longValue(ndigits);
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
            return d;
        }
        if (n > 330) {
            return d;
        }
        if (n < -330) {
            return Math.copySign(0.0, d);
        }
        BigDecimal r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN);
        double result = r.doubleValue();
        if (Double.isInfinite(result)) {
            throw PyErrors.overflowError("rounded value too large to represent");
        }
        return result == 0.0 ? Math.copySign(0.0, d) : result;
    }

    /** For builtins that accept only an int count (repeat counts): used by str/list * int. */
    static long repeatCount(Object o) {
        return PySequences.indexAsLong(o);
    }

    static Object call(Object f, Object... args) {
        return PyCall.call(f, args);
    }
}
