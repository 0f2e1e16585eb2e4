package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.util.ArrayList;
import java.util.List;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.model.PropertyDescriptors;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.Equality;

/** {@code Object} and {@code Object.prototype} (ECMA-262 §20.1): the reflection the essay leans on. */
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSObject proto = realm.objectPrototype;
        JSFunction ctor = Builtins.constructor(realm, "Object", 1, (thisValue, args, newTarget) -> {
            if (newTarget != Undefined.INSTANCE && newTarget != realm.objectConstructor) {
                Object p = ((JSObject) newTarget).get("prototype");
                return new JSObject(JSObject.shapeFor(JSObject.class, p instanceof JSObject po ? po : realm.objectPrototype));
            }
            Object v = arg(args, 0);
            if (JSRuntime.isNullish(v)) {
                return realm.newObject();
            }
            return Conversions.toObject(v);
        });
        realm.objectConstructor = ctor;
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("Object", ctor, PropertyFlags.METHOD);

        Builtins.method(realm, ctor, "assign", 2, (t, a) -> {
            JSObject target = Conversions.toObject(arg(a, 0));
            for (int i = 1; i < a.length; i++) {
                if (JSRuntime.isNullish(a[i])) {
                    continue;
                }
                JSObject from = Conversions.toObject(a[i]);
                for (Object key : from.ownPropertyKeys()) {
                    PropertyDescriptor d = from.getOwnProperty(key);
                    if (d != null && d.enumerable) {
                        JSRuntime.setV(target, key, from.get(key, from), true);
                    }
                }
            }
            return target;
        });
        Builtins.method(realm, ctor, "create", 2, (t, a) -> {
            Object p = arg(a, 0);
            if (!(p instanceof JSObject) && p != Null.INSTANCE) {
                throw Errors.typeError("Object prototype may only be an Object or null: " + JSRuntime.toDisplayString(p));
            }
            JSObject o = new JSObject(JSObject.shapeFor(JSObject.class, p instanceof JSObject po ? po : null));
            if (arg(a, 1) != Undefined.INSTANCE) {
                defineProperties(o, arg(a, 1));
            }
            return o;
        });
        Builtins.method(realm, ctor, "defineProperty", 3, (t, a) -> {
            if (!(arg(a, 0) instanceof JSObject o)) {
                throw Errors.typeError("Object.defineProperty called on non-object");
            }
            Object key = Conversions.toPropertyKey(arg(a, 1));
            PropertyDescriptor d = PropertyDescriptors.toPropertyDescriptor(arg(a, 2));
            if (!o.defineOwnProperty(key, d)) {
                throw cannotDefine(o, key);
            }
            return o;
        });
        Builtins.method(realm, ctor, "defineProperties", 2, (t, a) -> {
            if (!(arg(a, 0) instanceof JSObject o)) {
                throw Errors.typeError("Object.defineProperties called on non-object");
            }
            defineProperties(o, arg(a, 1));
            return o;
        });
        Builtins.method(realm, ctor, "entries", 1, (t, a) -> enumerableOwn(realm, Conversions.toObject(arg(a, 0)), 2));
        Builtins.method(realm, ctor, "keys", 1, (t, a) -> enumerableOwn(realm, Conversions.toObject(arg(a, 0)), 0));
        Builtins.method(realm, ctor, "values", 1, (t, a) -> enumerableOwn(realm, Conversions.toObject(arg(a, 0)), 1));
        Builtins.method(realm, ctor, "freeze", 1, (t, a) -> {
            Object v = arg(a, 0);
            if (v instanceof JSObject o) {
                setIntegrity(o, true);
            }
            return v;
        });
        Builtins.method(realm, ctor, "seal", 1, (t, a) -> {
            Object v = arg(a, 0);
            if (v instanceof JSObject o) {
                setIntegrity(o, false);
            }
            return v;
        });
        Builtins.method(realm, ctor, "preventExtensions", 1, (t, a) -> {
            Object v = arg(a, 0);
            if (v instanceof JSObject o && !o.preventExtensions()) {
                throw Errors.typeError("Cannot prevent extensions");
            }
            return v;
        });
        Builtins.method(realm, ctor, "isFrozen", 1, (t, a) -> !(arg(a, 0) instanceof JSObject o) || testIntegrity(o, true));
        Builtins.method(realm, ctor, "isSealed", 1, (t, a) -> !(arg(a, 0) instanceof JSObject o) || testIntegrity(o, false));
        Builtins.method(realm, ctor, "isExtensible", 1, (t, a) -> arg(a, 0) instanceof JSObject o && o.isExtensible());
        Builtins.method(realm, ctor, "fromEntries", 1, (t, a) -> {
            Object iterable = arg(a, 0);
            if (JSRuntime.isNullish(iterable)) {
                throw Errors.typeError(iterable + " is not iterable");
            }
            JSObject o = realm.newObject();
            for (Object entry : JSRuntime.iterableToList(iterable)) {
                if (!(entry instanceof JSObject e)) {
                    throw Errors.typeError("Iterator value " + JSRuntime.toDisplayString(entry) + " is not an entry object");
                }
                o.createDataProperty(Conversions.toPropertyKey(e.get("0")), e.get("1"));
            }
            return o;
        });
        Builtins.method(realm, ctor, "getOwnPropertyDescriptor", 2, (t, a) -> {
            JSObject o = Conversions.toObject(arg(a, 0));
            PropertyDescriptor d = o.getOwnProperty(Conversions.toPropertyKey(arg(a, 1)));
            return d == null ? Undefined.INSTANCE : PropertyDescriptors.fromPropertyDescriptor(d);
        });
        Builtins.method(realm, ctor, "getOwnPropertyDescriptors", 1, (t, a) -> {
            JSObject o = Conversions.toObject(arg(a, 0));
            JSObject out = realm.newObject();
            for (Object key : o.ownPropertyKeys()) {
                PropertyDescriptor d = o.getOwnProperty(key);
                if (d != null) {
                    out.createDataProperty(key, PropertyDescriptors.fromPropertyDescriptor(d));
                }
            }
            return out;
        });
        Builtins.method(realm, ctor, "getOwnPropertyNames", 1, (t, a) -> {
            List<Object> names = new ArrayList<>();
            for (Object k : Conversions.toObject(arg(a, 0)).ownPropertyKeys()) {
                if (k instanceof String) {
                    names.add(k);
                }
            }
            return JSRuntime.createArray(names);
        });
        Builtins.method(realm, ctor, "getOwnPropertySymbols", 1, (t, a) -> {
            List<Object> names = new ArrayList<>();
            for (Object k : Conversions.toObject(arg(a, 0)).ownPropertyKeys()) {
                if (k instanceof JSSymbol) {
                    names.add(k);
                }
            }
            return JSRuntime.createArray(names);
        });
        Builtins.method(realm, ctor, "getPrototypeOf", 1, (t, a) -> {
            JSObject p = Conversions.toObject(arg(a, 0)).getPrototypeOf();
            return p == null ? Null.INSTANCE : p;
        });
        Builtins.method(realm, ctor, "setPrototypeOf", 2, (t, a) -> {
            Object o = arg(a, 0);
            Object p = arg(a, 1);
            if (JSRuntime.isNullish(o)) {
                throw Errors.typeError("Object.setPrototypeOf called on null or undefined");
            }
            if (!(p instanceof JSObject) && p != Null.INSTANCE) {
                throw Errors.typeError("Object prototype may only be an Object or null: " + JSRuntime.toDisplayString(p));
            }
            if (o instanceof JSObject obj && !obj.setPrototypeOf(p instanceof JSObject po ? po : null)) {
                if (!obj.isExtensible()) {
                    throw Errors.typeError(JSRuntime.toDisplayString(obj) + " is not extensible");
                }
                throw Errors.typeError("Cyclic __proto__ value");
            }
            return o;
        });
        Builtins.method(realm, ctor, "is", 2, (t, a) -> Equality.sameValue(arg(a, 0), arg(a, 1)));
        Builtins.method(realm, ctor, "hasOwn", 2, (t, a) -> Conversions.toObject(arg(a, 0)).hasOwnProperty(Conversions.toPropertyKey(arg(a, 1))));

        Builtins.method(realm, proto, "hasOwnProperty", 1, (t, a) -> {
            Object key = Conversions.toPropertyKey(arg(a, 0));
            return Builtins.thisObject(t, "Object.prototype.hasOwnProperty").hasOwnProperty(key);
        });
        Builtins.method(realm, proto, "isPrototypeOf", 1, (t, a) -> {
            if (!(arg(a, 0) instanceof JSObject v)) {
                return false;
            }
            JSObject o = Builtins.thisObject(t, "Object.prototype.isPrototypeOf");
            for (JSObject p = v.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
                if (p == o) {
                    return true;
                }
            }
            return false;
        });
        Builtins.method(realm, proto, "propertyIsEnumerable", 1, (t, a) -> {
            Object key = Conversions.toPropertyKey(arg(a, 0));
            PropertyDescriptor d = Builtins.thisObject(t, "Object.prototype.propertyIsEnumerable").getOwnProperty(key);
            return d != null && d.enumerable;
        });
        Builtins.method(realm, proto, "toString", 0, (t, a) -> objectToString(t));
        Builtins.method(realm, proto, "toLocaleString", 0, (t, a) -> {
            Object f = JSRuntime.getV(t, "toString");
            return JSRuntime.call(f, t);
        });
        Builtins.method(realm, proto, "valueOf", 0, (t, a) -> Builtins.thisObject(t, "Object.prototype.valueOf"));
        JSFunction protoGetter = Builtins.function(realm, "get __proto__", 0, (t, a) -> {
            JSObject p = Conversions.toObject(t).getPrototypeOf();
            return p == null ? Null.INSTANCE : p;
        });
        JSFunction protoSetter = Builtins.function(realm, "set __proto__", 1, (t, a) -> {
            Object p = arg(a, 0);
            if (t instanceof JSObject o && (p instanceof JSObject || p == Null.INSTANCE)) {
                if (!o.setPrototypeOf(p instanceof JSObject po ? po : null)) {
                    throw Errors.typeError("Cyclic __proto__ value");
                }
            }
            return Undefined.INSTANCE;
        });
        proto.defineAccessorDirect("__proto__", protoGetter, protoSetter, PropertyFlags.NOT_ENUMERABLE);
    }

    /** Object.prototype.toString (§20.1.3.6): "[object Tag]". */
    public static String objectToString(Object t) {
        if (t == Undefined.INSTANCE) {
            return "[object Undefined]";
        }
        if (t == Null.INSTANCE) {
            return "[object Null]";
        }
        JSObject o = Conversions.toObject(t);
        String builtinTag = o.getBuiltinTag();
        Object tag = o.get(JSSymbol.TO_STRING_TAG, o);
        return "[object " + (tag instanceof String s ? s : builtinTag) + "]";
    }

    /** ObjectDefineProperties (§20.1.2.3.1). */
    static void defineProperties(JSObject o, Object properties) {
        JSObject props = Conversions.toObject(properties);
        List<Object[]> descriptors = new ArrayList<>();
        for (Object key : props.ownPropertyKeys()) {
            PropertyDescriptor pd = props.getOwnProperty(key);
            if (pd != null && pd.enumerable) {
                descriptors.add(new Object[]{key, PropertyDescriptors.toPropertyDescriptor(props.get(key, props))});
            }
        }
        for (Object[] kd : descriptors) {
            if (!o.defineOwnProperty(kd[0], (PropertyDescriptor) kd[1])) {
                throw cannotDefine(o, kd[0]);
            }
        }
    }

    /** V8's message for a refused defineProperty: a new property on a non-extensible object, or a redefinition. */
    static RuntimeException cannotDefine(JSObject o, Object key) {
        if (o.getOwnProperty(key) == null && !o.isExtensible()) {
            return Errors.typeError("Cannot define property " + JSRuntime.keyToDisplay(key) + ", object is not extensible");
        }
        return Errors.typeError("Cannot redefine property: " + JSRuntime.keyToDisplay(key));
    }

    /** Object.keys (0), values (1), entries (2): own enumerable string-keyed properties in order. */
    static JSArray enumerableOwn(JSRealm realm, JSObject o, int kind) {
        List<Object> out = new ArrayList<>();
        for (Object key : o.ownPropertyKeys()) {
            if (!(key instanceof String)) {
                continue;
            }
            PropertyDescriptor d = o.getOwnProperty(key);
            if (d == null || !d.enumerable) {
                continue;
            }
            if (kind == 0) {
                out.add(key);
            } else {
                Object v = o.get(key, o);
                out.add(kind == 1 ? v : realm.newArray(new Object[]{key, v}));
            }
        }
        return JSRuntime.createArray(out);
    }

    /** SetIntegrityLevel (§7.3.15): sealed or frozen. */
    static void setIntegrity(JSObject o, boolean frozen) {
        if (!o.preventExtensions()) {
            throw Errors.typeError("Cannot prevent extensions");
        }
        if (o instanceof JSArray arr) {
            arr.restrictElements(frozen);
        }
        for (Object key : o.ownPropertyKeys()) {
            if (o instanceof JSArray && key instanceof String s && (dev.dunder.runtime.js.objects.ArrayIndex.parse(s) >= 0 || s.equals("length"))) {
                continue;
            }
            PropertyDescriptor current = o.getOwnProperty(key);
            if (current == null) {
                continue;
            }
            PropertyDescriptor d = new PropertyDescriptor();
            d.hasConfigurable = true;
            d.configurable = false;
            if (frozen && current.isDataDescriptor()) {
                d.hasWritable = true;
                d.writable = false;
            }
            o.defineOwnProperty(key, d);
        }
    }

    /** TestIntegrityLevel (§7.3.16). */
    static boolean testIntegrity(JSObject o, boolean frozen) {
        if (o.isExtensible()) {
            return false;
        }
        for (Object key : o.ownPropertyKeys()) {
            PropertyDescriptor d = o.getOwnProperty(key);
            if (d == null) {
                continue;
            }
            if (d.configurable) {
                return false;
            }
            if (frozen && d.isDataDescriptor() && d.writable) {
                return false;
            }
        }
        return true;
    }
}
