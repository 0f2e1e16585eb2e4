package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSPrimitiveObject;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.NumberToString;

/** {@code Number}, {@code Number.prototype} (§21.1) and {@code Boolean}, {@code Boolean.prototype} (§20.3). */
public final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static double thisNumber(Object t, String method) {
        if (Conversions.isNumber(t)) {
            return Conversions.numberValue(t);
        }
        if (t instanceof JSPrimitiveObject p && Conversions.isNumber(p.getPrimitive())) {
            return Conversions.numberValue(p.getPrimitive());
        }
        throw Errors.typeError("Number.prototype." + method + " requires that 'this' be a Number");
    }

    public static void install(JSRealm realm) {
        JSObject proto = new JSPrimitiveObject(realm.objectShape, 0.0);
        realm.numberPrototype = proto;
        JSFunction ctor = Builtins.constructor(realm, "Number", 1, (t, a, nt) -> {
            double v = a.length == 0 ? 0 : Conversions.toNumber(a[0]);
            if (nt == Undefined.INSTANCE) {
                return v;
            }
            Object p = ((JSObject) nt).get("prototype");
            return new JSPrimitiveObject(JSObject.shapeFor(JSPrimitiveObject.class, p instanceof JSObject po ? po : realm.numberPrototype), v);
        });
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("Number", ctor, PropertyFlags.METHOD);
        Builtins.constant(ctor, "EPSILON", Math.ulp(1.0));
        Builtins.constant(ctor, "MAX_SAFE_INTEGER", 9007199254740991.0);
        Builtins.constant(ctor, "MAX_VALUE", Double.MAX_VALUE);
        Builtins.constant(ctor, "MIN_SAFE_INTEGER", -9007199254740991.0);
        Builtins.constant(ctor, "MIN_VALUE", Double.MIN_VALUE);
        Builtins.constant(ctor, "NaN", Double.NaN);
        Builtins.constant(ctor, "NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY);
        Builtins.constant(ctor, "POSITIVE_INFINITY", Double.POSITIVE_INFINITY);
        Builtins.method(realm, ctor, "isFinite", 1, (t, a) -> arg(a, 0) instanceof Integer || arg(a, 0) instanceof Double d && !d.isNaN() && !d.isInfinite());
        Builtins.method(realm, ctor, "isInteger", 1, (t, a) -> arg(a, 0) instanceof Integer || arg(a, 0) instanceof Double d && !d.isInfinite() && d == Math.floor(d));
        Builtins.method(realm, ctor, "isNaN", 1, (t, a) -> arg(a, 0) instanceof Double d && d.isNaN());
        Builtins.method(realm, ctor, "isSafeInteger", 1, (t, a) -> arg(a, 0) instanceof Integer || arg(a, 0) instanceof Double d && !d.isInfinite() && d == Math.floor(d)
                        && Math.abs(d) <= 9007199254740991.0);

        Builtins.method(realm, proto, "toString", 1, (t, a) -> {
            double x = thisNumber(t, "toString");
            if (arg(a, 0) == Undefined.INSTANCE) {
                return NumberToString.toString(x);
            }
            double radix = Conversions.toIntegerOrInfinity(arg(a, 0));
            if (radix < 2 || radix > 36) {
                throw Errors.rangeError("toString() radix argument must be between 2 and 36");
            }
            return radix == 10 ? NumberToString.toString(x) : NumberToString.toString(x, (int) radix);
        });
        Builtins.method(realm, proto, "toLocaleString", 0, (t, a) -> toLocale(thisNumber(t, "toLocaleString")));
        Builtins.method(realm, proto, "valueOf", 0, (t, a) -> thisNumber(t, "valueOf"));
        Builtins.method(realm, proto, "toFixed", 1, (t, a) -> {
            double x = thisNumber(t, "toFixed");
            double f = Conversions.toIntegerOrInfinity(arg(a, 0));
            if (f < 0 || f > 100) {
                throw Errors.rangeError("toFixed() digits argument must be between 0 and 100");
            }
            if (x != x) {
                return "NaN";
            }
            if (Math.abs(x) >= 1e21 || Double.isInfinite(x)) {
                return NumberToString.toString(x);
            }
            return NumberToString.toFixed(x, (int) f);
        });
        Builtins.method(realm, proto, "toExponential", 1, (t, a) -> {
            double x = thisNumber(t, "toExponential");
            double f = Conversions.toIntegerOrInfinity(arg(a, 0));
            if (x != x || Double.isInfinite(x)) {
                return NumberToString.toString(x);
            }
            if (f < 0 || f > 100) {
                throw Errors.rangeError("toExponential() argument must be between 0 and 100");
            }
            return NumberToString.toExponential(x, arg(a, 0) == Undefined.INSTANCE ? -1 : (int) f);
        });
        Builtins.method(realm, proto, "toPrecision", 1, (t, a) -> {
            double x = thisNumber(t, "toPrecision");
            if (arg(a, 0) == Undefined.INSTANCE) {
                return NumberToString.toString(x);
            }
            double p = Conversions.toIntegerOrInfinity(arg(a, 0));
            if (x != x || Double.isInfinite(x)) {
                return NumberToString.toString(x);
            }
            if (p < 1 || p > 100) {
                throw Errors.rangeError("toPrecision() argument must be between 1 and 100");
            }
            return NumberToString.toPrecision(x, (int) p);
        });

        JSObject boolProto = new JSPrimitiveObject(realm.objectShape, false);
        realm.booleanPrototype = boolProto;
        JSFunction boolCtor = Builtins.constructor(realm, "Boolean", 1, (t, a, nt) -> {
            boolean v = Conversions.toBoolean(arg(a, 0));
            if (nt == Undefined.INSTANCE) {
                return v;
            }
            Object p = ((JSObject) nt).get("prototype");
            return new JSPrimitiveObject(JSObject.shapeFor(JSPrimitiveObject.class, p instanceof JSObject po ? po : realm.booleanPrototype), v);
        });
        Builtins.link(boolCtor, boolProto);
        realm.globalObject.defineDirect("Boolean", boolCtor, PropertyFlags.METHOD);
        Builtins.method(realm, boolProto, "toString", 0, (t, a) -> thisBoolean(t, "toString") ? "true" : "false");
        Builtins.method(realm, boolProto, "valueOf", 0, (t, a) -> thisBoolean(t, "valueOf"));
    }

    private static boolean thisBoolean(Object t, String method) {
        if (t instanceof Boolean b) {
            return b;
        }
        if (t instanceof JSPrimitiveObject p && p.getPrimitive() instanceof Boolean b) {
            return b;
        }
        throw Errors.typeError("Boolean.prototype." + method + " requires that 'this' be a Boolean");
    }

    /** toLocaleString in Node's default en-US locale: grouping, at most three fraction digits. */
    static String toLocale(double x) {
        if (x != x) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.###", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
        f.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        String s = f.format(x);
        return s.equals("-0") ? "-0" : s;
    }
}
