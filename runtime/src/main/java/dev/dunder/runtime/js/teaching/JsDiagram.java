package dev.dunder.runtime.js.teaching;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.common.diagram.ObjectDiagram;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.inspect.Inspect;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.model.PropertyResolution;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.PropertyDescriptor;

/**
 * {@code :draw} for JS: the object and its prototype chain down to {@code null}, as the
 * essay draws it — each box with its own properties (accessors marked get/set, functions
 * as Node shows them), joined by {@code [[Prototype]]} arrows. Only own properties are
 * read, with [[GetOwnProperty]]: no getter or proxy trap runs.
 */
public final class JsDiagram {
    private static final int MAX_VALUE = 40;
    private static final int MAX_ROWS = 16;

    private JsDiagram() {
    }

    @TruffleBoundary
    public static ObjectDiagram of(Object obj, String label) {
        JSRealm realm = JSRealm.get();
        ObjectDiagram d = new ObjectDiagram();
        if (JSRuntime.isNullish(obj)) {
            d.box(label + ": " + obj, List.of("(no properties, no [[Prototype]])"));
            return d;
        }
        if (dev.dunder.runtime.js.interop.JSInterop.isForeign(obj)) {
            d.box(label + ": foreign object", List.of(shorten(JSRuntime.toDisplayString(obj)), "(its own language draws its lookups: :model to it)"));
            return d;
        }
        int previous;
        JSObject o;
        if (obj instanceof JSObject j) {
            previous = d.box(label + ": " + kind(realm, j), rows(realm, j));
            o = j instanceof JSProxy ? null : j.getPrototype();
            if (j instanceof JSProxy p) {
                int target = d.box(PropertyResolution.describe(realm, p.getTarget(), null) + " (the target)", rows(realm, p.getTarget()));
                d.arrow(previous, target, "[[ProxyTarget]]");
                return d;
            }
        } else {
            previous = d.box(label + ": " + JSRuntime.typeof(obj) + " primitive", List.of("value: " + shorten(Inspect.inspect(obj))));
            o = JSRuntime.prototypeOfPrimitive(realm, obj);
        }
        int guard = 0;
        while (o != null && guard++ < 50) {
            int box = d.box(PropertyResolution.describe(realm, o, null), rows(realm, o));
            d.arrow(previous, box, "[[Prototype]]");
            previous = box;
            o = o instanceof JSProxy ? null : o.getPrototype();
        }
        int end = d.box("null", List.of());
        d.arrow(previous, end, "[[Prototype]]");
        return d;
    }

    private static String kind(JSRealm realm, JSObject o) {
        if (o instanceof JSFunction f) {
            return PropertyResolution.describe(realm, f, null);
        }
        if (o instanceof JSArray) {
            return "array";
        }
        if (o instanceof JSProxy) {
            return "Proxy";
        }
        String ctor = JSRuntime.constructorName(o);
        return ctor == null ? "object" : ctor + " instance";
    }

    /** Own properties, one row each; builtin prototypes are summarized (dozens of methods would hide the rest). */
    private static List<String> rows(JSRealm realm, JSObject o) {
        List<String> rows = new ArrayList<>();
        if (o instanceof JSProxy) {
            rows.add("(a Proxy: its handler's traps answer every lookup)");
            return rows;
        }
        List<Object> keys = o.ownPropertyKeys();
        if (isBuiltinPrototype(realm, o)) {
            rows.add("(builtin: " + keys.size() + " properties)");
            return rows;
        }
        for (Object k : keys) {
            if (rows.size() >= MAX_ROWS) {
                rows.add("… (" + keys.size() + " in all)");
                break;
            }
            PropertyDescriptor d = o.getOwnProperty(k);
            if (d == null) {
                continue;
            }
            String name = k instanceof JSSymbol s ? "[" + s + "]" : String.valueOf(k);
            if (d.isAccessorDescriptor()) {
                String parts = (JSRuntime.isCallable(d.get) ? "get" : "") + (JSRuntime.isCallable(d.get) && JSRuntime.isCallable(d.set) ? "/" : "")
                                + (JSRuntime.isCallable(d.set) ? "set" : "");
                rows.add(name + ": accessor (" + parts + ")");
            } else {
                rows.add(name + ": " + shorten(Inspect.inspect(d.value, 0)));
            }
        }
        if (rows.isEmpty()) {
            rows.add("(no own properties)");
        }
        return rows;
    }

    private static boolean isBuiltinPrototype(JSRealm realm, JSObject o) {
        return o == realm.objectPrototype || o == realm.functionPrototype || o == realm.arrayPrototype || o == realm.stringPrototype
                        || o == realm.numberPrototype || o == realm.booleanPrototype || o == realm.symbolPrototype || o == realm.errorPrototype
                        || o == realm.iteratorPrototype || o == realm.mapPrototype || o == realm.setPrototype || o == realm.regexpPrototype
                        || o == realm.generatorPrototype || realm.errorPrototypes.containsValue(o);
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > MAX_VALUE ? one.substring(0, MAX_VALUE - 1) + "…" : one;
    }
}
