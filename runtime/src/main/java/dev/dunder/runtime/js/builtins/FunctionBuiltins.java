package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.util.ArrayList;
import java.util.List;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.FunctionData;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.ops.Conversions;

/** {@code Function} and {@code Function.prototype} (§20.2): call, apply, bind, toString, Symbol.hasInstance. */
public final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSObject proto = realm.functionPrototype;
        JSFunction ctor = Builtins.constructor(realm, "Function", 1, (t, a, nt) -> {
            if (realm.getDynamicFunctionCompiler() == null) {
                throw Errors.error("EvalError", "Code generation from strings is not supported by Dunder");
            }
            String[] parts = new String[a.length];
            for (int i = 0; i < a.length; i++) {
                parts[i] = Conversions.toString(a[i]);
            }
            return realm.getDynamicFunctionCompiler().compile(parts);
        });
        realm.functionConstructor = ctor;
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("Function", ctor, PropertyFlags.METHOD);

        Builtins.method(realm, proto, "call", 1, (t, a) -> {
            checkCallable(t, "call");
            Object[] rest = new Object[Math.max(0, a.length - 1)];
            if (a.length > 1) {
                System.arraycopy(a, 1, rest, 0, rest.length);
            }
            return JSRuntime.call(t, arg(a, 0), rest);
        });
        Builtins.method(realm, proto, "apply", 2, (t, a) -> {
            checkCallable(t, "apply");
            return JSRuntime.call(t, arg(a, 0), listFromArrayLike(arg(a, 1)));
        });
        BoundFunctionRootNode boundRoot = new BoundFunctionRootNode(realm.getLanguage());
        Builtins.method(realm, proto, "bind", 1, (t, a) -> {
            if (!(t instanceof JSObject target) || !target.isCallable()) {
                throw Errors.typeError("Bind must be called on a function");
            }
            Object[] boundArgs = new Object[Math.max(0, a.length - 1)];
            if (a.length > 1) {
                System.arraycopy(a, 1, boundArgs, 0, boundArgs.length);
            }
            double length = 0;
            PropertyDescriptor lengthDesc = target.getOwnProperty("length");
            if (lengthDesc != null) {
                Object l = target.get("length");
                if (l instanceof Integer i) {
                    length = Math.max(0, i - boundArgs.length);
                } else if (l instanceof Double d) {
                    length = Double.isInfinite(d) ? (d > 0 ? d : 0) : Math.max(0, Conversions.toIntegerOrInfinity(d) - boundArgs.length);
                }
            }
            Object nameValue = target.get("name");
            String name = "bound " + (nameValue instanceof String s ? s : "");
            FunctionData data = new FunctionData(name, (int) length, FunctionData.Kind.BOUND, true, boundRoot.getCallTarget(), null, 0, 0);
            JSFunction bound = new JSFunction(JSObject.shapeFor(JSFunction.class, target.getPrototypeOf()), data, new Object[]{target, arg(a, 0), boundArgs});
            bound.defineDirect("length", length, PropertyFlags.CONFIGURABLE_ONLY);
            bound.defineDirect("name", name, PropertyFlags.CONFIGURABLE_ONLY);
            return bound;
        });
        Builtins.method(realm, proto, "toString", 0, (t, a) -> {
            if (t instanceof JSFunction f) {
                String text = f.getData().getSourceText();
                if (text != null) {
                    return text;
                }
                Object name = f.get("name");
                String n = f.getData().getKind() == FunctionData.Kind.BOUND ? "" : name instanceof String s ? s : "";
                return "function " + n + "() { [native code] }";
            }
            if (t instanceof JSProxy p && p.isCallable()) {
                return "function () { [native code] }";
            }
            throw Errors.typeError("Function.prototype.toString requires that 'this' be a Function");
        });
        JSFunction hasInstance = Builtins.function(realm, "[Symbol.hasInstance]", 1, (t, a) -> JSRuntime.ordinaryHasInstance(t, arg(a, 0)));
        proto.defineDirect(JSSymbol.HAS_INSTANCE, hasInstance, PropertyFlags.FROZEN);
    }

    private static void checkCallable(Object t, String method) {
        if (!JSRuntime.isCallable(t)) {
            throw Errors.typeError("Function.prototype." + method + " was called on " + JSRuntime.toDisplayString(t) + ", which is " + JSRuntime.typeof(t)
                            + " and not a function");
        }
    }

    /** CreateListFromArrayLike (§7.3.18) for apply and Reflect. */
    public static Object[] listFromArrayLike(Object v) {
        if (JSRuntime.isNullish(v)) {
            return new Object[0];
        }
        if (!(v instanceof JSObject o)) {
            throw Errors.typeError("CreateListFromArrayLike called on non-object");
        }
        long n = JSRuntime.lengthOfArrayLike(o);
        List<Object> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(o.get(Long.toString(i), o));
        }
        return out.toArray();
    }
}
