package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.model.PropertyDescriptors;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** {@code Proxy} (§28.2) and {@code Reflect} (§28.1): the internal methods as functions. */
public final class ProxyReflectBuiltins {
    private ProxyReflectBuiltins() {
    }

    static JSProxy createProxy(Object target, Object handler) {
        if (!(target instanceof JSObject t) || !(handler instanceof JSObject h)) {
            throw Errors.typeError("Cannot create proxy with a non-object as target or handler");
        }
        return new JSProxy(JSObject.shapeFor(JSProxy.class, null), t, h);
    }

    public static void install(JSRealm realm) {
        JSFunction proxy = Builtins.constructor(realm, "Proxy", 2, (t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                throw Errors.typeError("Constructor Proxy requires 'new'");
            }
            return createProxy(arg(a, 0), arg(a, 1));
        });
        realm.proxyConstructor = proxy;
        realm.globalObject.defineDirect("Proxy", proxy, PropertyFlags.METHOD);
        Builtins.method(realm, proxy, "revocable", 2, (t, a) -> {
            JSProxy p = createProxy(arg(a, 0), arg(a, 1));
            JSObject result = realm.newObject();
            result.createDataProperty("proxy", p);
            result.createDataProperty("revoke", Builtins.function(realm, "", 0, (t2, a2) -> {
                p.revoke();
                return Undefined.INSTANCE;
            }));
            return result;
        });

        JSObject reflect = new JSObject(realm.objectShape);
        realm.globalObject.defineDirect("Reflect", reflect, PropertyFlags.METHOD);
        reflect.defineDirect(JSSymbol.TO_STRING_TAG, "Reflect", PropertyFlags.CONFIGURABLE_ONLY);
        Builtins.method(realm, reflect, "apply", 3, (t, a) -> {
            if (!JSRuntime.isCallable(arg(a, 0))) {
                throw Errors.typeError("Function.prototype.apply was called on " + JSRuntime.toDisplayString(arg(a, 0)) + ", which is "
                                + JSRuntime.typeof(arg(a, 0)) + " and not a function");
            }
            if (!(arg(a, 2) instanceof JSObject)) {
                throw Errors.typeError("CreateListFromArrayLike called on non-object");
            }
            return JSRuntime.call(arg(a, 0), arg(a, 1), FunctionBuiltins.listFromArrayLike(arg(a, 2)));
        });
        Builtins.method(realm, reflect, "construct", 2, (t, a) -> {
            Object target = arg(a, 0);
            if (!JSRuntime.isConstructor(target)) {
                throw Errors.typeError(JSRuntime.toDisplayString(target) + " is not a constructor");
            }
            Object newTarget = a.length > 2 ? a[2] : target;
            if (!JSRuntime.isConstructor(newTarget)) {
                throw Errors.typeError(JSRuntime.toDisplayString(newTarget) + " is not a constructor");
            }
            if (!(arg(a, 1) instanceof JSObject)) {
                throw Errors.typeError("CreateListFromArrayLike called on non-object");
            }
            return JSRuntime.construct(target, FunctionBuiltins.listFromArrayLike(arg(a, 1)), newTarget);
        });
        Builtins.method(realm, reflect, "defineProperty", 3, (t, a) -> target(a, "defineProperty").defineOwnProperty(Conversions.toPropertyKey(arg(a, 1)),
                        PropertyDescriptors.toPropertyDescriptor(arg(a, 2))));
        Builtins.method(realm, reflect, "deleteProperty", 2, (t, a) -> target(a, "deleteProperty").delete(Conversions.toPropertyKey(arg(a, 1))));
        Builtins.method(realm, reflect, "get", 2, (t, a) -> {
            JSObject o = target(a, "get");
            return o.get(Conversions.toPropertyKey(arg(a, 1)), a.length > 2 ? a[2] : o);
        });
        Builtins.method(realm, reflect, "getOwnPropertyDescriptor", 2, (t, a) -> {
            PropertyDescriptor d = target(a, "getOwnPropertyDescriptor").getOwnProperty(Conversions.toPropertyKey(arg(a, 1)));
            return d == null ? Undefined.INSTANCE : PropertyDescriptors.fromPropertyDescriptor(d);
        });
        Builtins.method(realm, reflect, "getPrototypeOf", 1, (t, a) -> {
            JSObject p = target(a, "getPrototypeOf").getPrototypeOf();
            return p == null ? Null.INSTANCE : p;
        });
        Builtins.method(realm, reflect, "has", 2, (t, a) -> target(a, "has").hasProperty(Conversions.toPropertyKey(arg(a, 1))));
        Builtins.method(realm, reflect, "isExtensible", 1, (t, a) -> target(a, "isExtensible").isExtensible());
        Builtins.method(realm, reflect, "ownKeys", 1, (t, a) -> JSRuntime.createArray(target(a, "ownKeys").ownPropertyKeys()));
        Builtins.method(realm, reflect, "preventExtensions", 1, (t, a) -> target(a, "preventExtensions").preventExtensions());
        Builtins.method(realm, reflect, "set", 3, (t, a) -> {
            JSObject o = target(a, "set");
            return o.set(Conversions.toPropertyKey(arg(a, 1)), arg(a, 2), a.length > 3 ? a[3] : o);
        });
        Builtins.method(realm, reflect, "setPrototypeOf", 2, (t, a) -> {
            JSObject o = target(a, "setPrototypeOf");
            Object p = arg(a, 1);
            if (!(p instanceof JSObject) && p != Null.INSTANCE) {
                throw Errors.typeError("Object prototype may only be an Object or null: " + JSRuntime.toDisplayString(p));
            }
            return o.setPrototypeOf(p instanceof JSObject po ? po : null);
        });
    }

    private static JSObject target(Object[] a, String method) {
        if (!(arg(a, 0) instanceof JSObject o)) {
            throw Errors.typeError("Reflect." + method + " called on non-object");
        }
        return o;
    }
}
