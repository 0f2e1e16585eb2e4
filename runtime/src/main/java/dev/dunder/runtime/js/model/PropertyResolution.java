package dev.dunder.runtime.js.model;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.objects.ArrayIndex;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * {@code value.key} worked out the way ECMA-262's [[Get]] reads (MODELS.md, js section),
 * one sentence per step, without running anything: it says <em>where</em> the property
 * is and what kind it is, and leaves calling a getter or a proxy's trap to whoever asks.
 * The REPL's {@code :explain} prints the steps; the lookup verifier compares its answer
 * with what the cached nodes planned.
 */
public final class PropertyResolution {
    /** What the walk along the chain ended at. */
    public enum Kind {
        /** A data property: {@link #value()} on {@link #holder()}. */
        DATA,
        /** An accessor property: its getter is called with the original receiver as {@code this}. */
        ACCESSOR,
        /** A Proxy on the way: its handler's {@code get} trap (or its target) decides. */
        PROXY,
        /** No object on the chain has it: the answer is undefined. */
        MISSING,
        /** The receiver is undefined or null: a TypeError. */
        ERROR,
        /** Another language's object (or a host object): interop's readMember asks it, by its own rules. */
        FOREIGN
    }

    private final List<String> steps = new ArrayList<>();
    private Kind kind;
    private JSObject holder;
    private PropertyDescriptor property;

    private PropertyResolution() {
    }

    public List<String> steps() {
        return steps;
    }

    public Kind kind() {
        return kind;
    }

    /** The object whose own property answered (the proxy for {@link Kind#PROXY}); null otherwise. */
    public JSObject holder() {
        return holder;
    }

    /** The property found (DATA and ACCESSOR). */
    public PropertyDescriptor property() {
        return property;
    }

    public Object value() {
        return property == null ? Undefined.INSTANCE : property.value;
    }

    public Object getter() {
        return property == null ? Undefined.INSTANCE : property.get;
    }

    /** Resolves {@code receiver[key]}; {@code label} is how the steps name the receiver. */
    @TruffleBoundary
    public static PropertyResolution of(Object receiver, Object key, String label) {
        PropertyResolution r = new PropertyResolution();
        r.resolve(receiver, key, label);
        return r;
    }

    private void resolve(Object receiver, Object key, String label) {
        String name = keyText(key);
        if (receiver == Undefined.INSTANCE || receiver == Null.INSTANCE) {
            steps.add(label + " is " + receiver + ": it has no properties and no [[Prototype]], so reading one is a TypeError");
            kind = Kind.ERROR;
            return;
        }
        if (dev.dunder.runtime.js.interop.JSInterop.isForeign(receiver)) {
            steps.add(label + " is not a JavaScript object but another language's (or Java's): JavaScript asks it for '" + name
                            + "' through interop (readMember), and its own language's lookup rules answer");
            kind = Kind.FOREIGN;
            return;
        }
        JSRealm realm = JSRealm.get();
        JSObject o;
        if (receiver instanceof JSObject obj) {
            o = obj;
        } else {
            JSObject proto = JSRuntime.prototypeOfPrimitive(realm, receiver);
            String type = JSRuntime.typeof(receiver);
            if (receiver instanceof String s && ("length".equals(key) || ArrayIndex.of(key) >= 0)) {
                steps.add(label + " is a string primitive: its own properties are its length (" + s.length() + ") and one per character index");
                long index = ArrayIndex.of(key);
                Object v = "length".equals(key) ? (Object) (double) s.length()
                                : index < s.length() ? String.valueOf(s.charAt((int) index)) : null;
                if (v != null) {
                    steps.add("found own data property '" + name + "' of the string");
                    kind = Kind.DATA;
                    property = PropertyDescriptor.data(v, false, true, false);
                    return;
                }
            }
            steps.add(label + " is a " + type + " primitive: ToObject wraps it, so the search starts at " + describe(realm, proto, null));
            o = proto;
            label = describe(realm, proto, null);
        }
        boolean first = true;
        while (true) {
            String here = first ? label : describe(realm, o, null);
            if (o instanceof JSProxy p) {
                holder = p;
                kind = Kind.PROXY;
                if (p.isRevoked()) {
                    steps.add(here + " is a revoked Proxy: any [[Get]] on it is a TypeError");
                    return;
                }
                Object trap = p.getHandler().getOwnProperty("get") == null ? JSRuntime.findProperty(p.getHandler(), "get") == null ? null
                                : p.getHandler().get("get") : p.getHandler().getOwnProperty("get").value;
                if (trap != null && JSRuntime.isCallable(trap)) {
                    steps.add(here + " is a Proxy: its [[Get]] calls the handler's get trap, get(target, '" + name + "', receiver), whose result is the answer");
                    return;
                }
                steps.add(here + " is a Proxy whose handler has no get trap: [[Get]] goes on to its target");
                o = p.getTarget();
                first = false;
                continue;
            }
            PropertyDescriptor d = o.getOwnProperty(key);
            if (d == null) {
                steps.add("own properties of " + here + ": " + ownKeys(o) + " — no '" + name + "'");
            } else if (d.isAccessorDescriptor()) {
                steps.add("found accessor '" + name + "' on " + here + (d.get == Undefined.INSTANCE ? " (no getter: the answer is undefined)" : ""));
                kind = Kind.ACCESSOR;
                holder = o;
                property = d;
                return;
            } else {
                steps.add("found data property '" + name + "' on " + here);
                kind = Kind.DATA;
                holder = o;
                property = d;
                return;
            }
            JSObject next = o.getPrototypeOf();
            if (next == null) {
                steps.add("[[Prototype]] of " + here + " is null: '" + name + "' is nowhere on the chain");
                kind = Kind.MISSING;
                return;
            }
            steps.add("[[Prototype]] is " + describe(realm, next, null));
            o = next;
            first = false;
        }
    }

    private static String keyText(Object key) {
        return key instanceof JSSymbol s ? s.toString() : String.valueOf(key);
    }

    /** The own string keys, as the steps list them (at most 12). */
    @TruffleBoundary
    public static String ownKeys(JSObject o) {
        List<String> names = new ArrayList<>();
        int count = 0;
        for (Object k : o.ownPropertyKeys()) {
            count++;
            if (names.size() < 12) {
                names.add(keyText(k));
            }
        }
        if (names.isEmpty()) {
            return "(none)";
        }
        return String.join(", ", names) + (count > names.size() ? ", … (" + count + " in all)" : "");
    }

    /**
     * How the steps name an object: {@code Vector.prototype} for a constructor's prototype,
     * {@code Object.prototype}, {@code class Vector}/{@code function f} for functions, else
     * its label or "a Vector object".
     */
    @TruffleBoundary
    public static String describe(JSRealm realm, JSObject o, String label) {
        if (label != null) {
            return label;
        }
        PropertyDescriptor c = o instanceof JSProxy ? null : o.getOwnProperty("constructor");
        if (c != null && c.isDataDescriptor() && c.value instanceof JSFunction f) {
            PropertyDescriptor proto = f.getOwnProperty("prototype");
            if (proto != null && proto.value == o) {
                String n = f.getData().getName();
                return (n == null || n.isEmpty() ? "(anonymous)" : n) + ".prototype";
            }
        }
        if (o instanceof JSFunction f) {
            String n = f.getData().getName();
            return (f.isClassConstructor() ? "class " : "function ") + (n == null || n.isEmpty() ? "(anonymous)" : n);
        }
        if (o instanceof JSProxy) {
            return "a Proxy";
        }
        String ctor = JSRuntime.constructorName(o);
        return ctor == null ? "an object with a null prototype" : "a " + ctor + " object";
    }
}
