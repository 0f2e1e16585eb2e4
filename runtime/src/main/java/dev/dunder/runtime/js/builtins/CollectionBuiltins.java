package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSCollection;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSIteratorObject;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.JSWeakCollection;
import dev.dunder.runtime.js.objects.OrderedTable;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;

/** {@code Map}, {@code Set} (§24.1, §24.2), {@code WeakMap} and {@code WeakSet} (§24.3, §24.4). */
public final class CollectionBuiltins {
    private CollectionBuiltins() {
    }

    private static JSCollection check(Object t, boolean map, String method) {
        if (t instanceof JSCollection c && c.isMap() == map) {
            return c;
        }
        throw Errors.typeError("Method " + (map ? "Map" : "Set") + ".prototype." + method + " called on incompatible receiver " + JSRuntime.toDisplayString(t));
    }

    private static JSWeakCollection checkWeak(Object t, boolean map, String method) {
        if (t instanceof JSWeakCollection c && c.isMap() == map) {
            return c;
        }
        throw Errors.typeError("Method " + (map ? "WeakMap" : "WeakSet") + ".prototype." + method + " called on incompatible receiver "
                        + JSRuntime.toDisplayString(t));
    }

    private static JSObject protoFrom(Object nt, JSObject fallback) {
        Object p = ((JSObject) nt).get("prototype");
        return p instanceof JSObject po ? po : fallback;
    }

    public static void install(JSRealm realm) {
        installMap(realm);
        installSet(realm);
        installWeak(realm, true);
        installWeak(realm, false);
    }

    private static void installMap(JSRealm realm) {
        JSObject proto = new JSObject(realm.objectShape);
        realm.mapPrototype = proto;
        JSFunction ctor = Builtins.constructor(realm, "Map", 0, (t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                throw Errors.typeError("Constructor Map requires 'new'");
            }
            JSCollection map = new JSCollection(JSObject.shapeFor(JSCollection.class, protoFrom(nt, realm.mapPrototype)), true);
            Object iterable = arg(a, 0);
            if (!JSRuntime.isNullish(iterable)) {
                Object adder = map.get("set");
                for (Object entry : JSRuntime.iterableToList(iterable)) {
                    if (!(entry instanceof JSObject e)) {
                        throw Errors.typeError("Iterator value " + JSRuntime.toDisplayString(entry) + " is not an entry object");
                    }
                    JSRuntime.call(adder, map, e.get("0"), e.get("1"));
                }
            }
            return map;
        });
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("Map", ctor, PropertyFlags.METHOD);
        Builtins.method(realm, proto, "get", 1, (t, a) -> {
            Object v = check(t, true, "get").getTable().get(arg(a, 0));
            return v == null ? Undefined.INSTANCE : v;
        });
        Builtins.method(realm, proto, "set", 2, (t, a) -> {
            check(t, true, "set").getTable().put(arg(a, 0), arg(a, 1));
            return t;
        });
        Builtins.method(realm, proto, "has", 1, (t, a) -> check(t, true, "has").getTable().has(arg(a, 0)));
        Builtins.method(realm, proto, "delete", 1, (t, a) -> check(t, true, "delete").getTable().remove(arg(a, 0)));
        Builtins.method(realm, proto, "clear", 0, (t, a) -> {
            check(t, true, "clear").getTable().clear();
            return Undefined.INSTANCE;
        });
        Builtins.method(realm, proto, "forEach", 1, (t, a) -> {
            OrderedTable table = check(t, true, "forEach").getTable();
            Object f = ArrayBuiltins.callback(a, 0);
            for (int slot = 0; slot < table.slots(); slot++) {
                if (table.isLive(slot)) {
                    JSRuntime.call(f, arg(a, 1), table.valueAt(slot), table.keyAt(slot), t);
                }
            }
            return Undefined.INSTANCE;
        });
        Builtins.getter(realm, proto, "size", (t, a) -> (double) check(t, true, "size").getTable().size());
        Builtins.method(realm, proto, "keys", 0, (t, a) -> IteratorBuiltins.create(realm, realm.mapIteratorPrototype, check(t, true, "keys"),
                        JSIteratorObject.Kind.KEYS, "Map Iterator"));
        Builtins.method(realm, proto, "values", 0, (t, a) -> IteratorBuiltins.create(realm, realm.mapIteratorPrototype, check(t, true, "values"),
                        JSIteratorObject.Kind.VALUES, "Map Iterator"));
        JSFunction entries = Builtins.method(realm, proto, "entries", 0, (t, a) -> IteratorBuiltins.create(realm, realm.mapIteratorPrototype,
                        check(t, true, "entries"), JSIteratorObject.Kind.ENTRIES, "Map Iterator"));
        proto.defineDirect(JSSymbol.ITERATOR, entries, PropertyFlags.METHOD);
        proto.defineDirect(JSSymbol.TO_STRING_TAG, "Map", PropertyFlags.CONFIGURABLE_ONLY);
    }

    private static void installSet(JSRealm realm) {
        JSObject proto = new JSObject(realm.objectShape);
        realm.setPrototype = proto;
        JSFunction ctor = Builtins.constructor(realm, "Set", 0, (t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                throw Errors.typeError("Constructor Set requires 'new'");
            }
            JSCollection set = new JSCollection(JSObject.shapeFor(JSCollection.class, protoFrom(nt, realm.setPrototype)), false);
            Object iterable = arg(a, 0);
            if (!JSRuntime.isNullish(iterable)) {
                Object adder = set.get("add");
                for (Object v : JSRuntime.iterableToList(iterable)) {
                    JSRuntime.call(adder, set, v);
                }
            }
            return set;
        });
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("Set", ctor, PropertyFlags.METHOD);
        Builtins.method(realm, proto, "add", 1, (t, a) -> {
            check(t, false, "add").getTable().put(arg(a, 0), arg(a, 0));
            return t;
        });
        Builtins.method(realm, proto, "has", 1, (t, a) -> check(t, false, "has").getTable().has(arg(a, 0)));
        Builtins.method(realm, proto, "delete", 1, (t, a) -> check(t, false, "delete").getTable().remove(arg(a, 0)));
        Builtins.method(realm, proto, "clear", 0, (t, a) -> {
            check(t, false, "clear").getTable().clear();
            return Undefined.INSTANCE;
        });
        Builtins.method(realm, proto, "forEach", 1, (t, a) -> {
            OrderedTable table = check(t, false, "forEach").getTable();
            Object f = ArrayBuiltins.callback(a, 0);
            for (int slot = 0; slot < table.slots(); slot++) {
                if (table.isLive(slot)) {
                    JSRuntime.call(f, arg(a, 1), table.keyAt(slot), table.keyAt(slot), t);
                }
            }
            return Undefined.INSTANCE;
        });
        Builtins.getter(realm, proto, "size", (t, a) -> (double) check(t, false, "size").getTable().size());
        JSFunction values = Builtins.method(realm, proto, "values", 0, (t, a) -> IteratorBuiltins.create(realm, realm.setIteratorPrototype,
                        check(t, false, "values"), JSIteratorObject.Kind.VALUES, "Set Iterator"));
        proto.defineDirect("keys", values, PropertyFlags.METHOD);
        Builtins.method(realm, proto, "entries", 0, (t, a) -> IteratorBuiltins.create(realm, realm.setIteratorPrototype, check(t, false, "entries"),
                        JSIteratorObject.Kind.ENTRIES, "Set Iterator"));
        proto.defineDirect(JSSymbol.ITERATOR, values, PropertyFlags.METHOD);
        proto.defineDirect(JSSymbol.TO_STRING_TAG, "Set", PropertyFlags.CONFIGURABLE_ONLY);
    }

    private static boolean canBeHeldWeakly(Object v) {
        return v instanceof JSObject || (v instanceof JSSymbol s && s.getRegistryKey() == null);
    }

    private static void installWeak(JSRealm realm, boolean map) {
        String name = map ? "WeakMap" : "WeakSet";
        JSObject proto = new JSObject(realm.objectShape);
        if (map) {
            realm.weakMapPrototype = proto;
        } else {
            realm.weakSetPrototype = proto;
        }
        JSFunction ctor = Builtins.constructor(realm, name, 0, (t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                throw Errors.typeError("Constructor " + name + " requires 'new'");
            }
            JSWeakCollection c = new JSWeakCollection(JSObject.shapeFor(JSWeakCollection.class, protoFrom(nt, proto)), map);
            Object iterable = arg(a, 0);
            if (!JSRuntime.isNullish(iterable)) {
                Object adder = c.get(map ? "set" : "add");
                for (Object entry : JSRuntime.iterableToList(iterable)) {
                    if (map) {
                        if (!(entry instanceof JSObject e)) {
                            throw Errors.typeError("Iterator value " + JSRuntime.toDisplayString(entry) + " is not an entry object");
                        }
                        JSRuntime.call(adder, c, e.get("0"), e.get("1"));
                    } else {
                        JSRuntime.call(adder, c, entry);
                    }
                }
            }
            return c;
        });
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect(name, ctor, PropertyFlags.METHOD);
        if (map) {
            Builtins.method(realm, proto, "get", 1, (t, a) -> {
                Object v = checkWeak(t, true, "get").getTable().get(arg(a, 0));
                return v == null ? Undefined.INSTANCE : v;
            });
            Builtins.method(realm, proto, "set", 2, (t, a) -> {
                JSWeakCollection c = checkWeak(t, true, "set");
                if (!canBeHeldWeakly(arg(a, 0))) {
                    throw Errors.typeError("Invalid value used as weak map key");
                }
                c.getTable().put(arg(a, 0), arg(a, 1));
                return t;
            });
        } else {
            Builtins.method(realm, proto, "add", 1, (t, a) -> {
                JSWeakCollection c = checkWeak(t, false, "add");
                if (!canBeHeldWeakly(arg(a, 0))) {
                    throw Errors.typeError("Invalid value used in weak set");
                }
                c.getTable().put(arg(a, 0), Boolean.TRUE);
                return t;
            });
        }
        Builtins.method(realm, proto, "has", 1, (t, a) -> checkWeak(t, map, "has").getTable().containsKey(arg(a, 0)));
        Builtins.method(realm, proto, "delete", 1, (t, a) -> checkWeak(t, map, "delete").getTable().remove(arg(a, 0)) != null);
        proto.defineDirect(JSSymbol.TO_STRING_TAG, name, PropertyFlags.CONFIGURABLE_ONLY);
    }
}
