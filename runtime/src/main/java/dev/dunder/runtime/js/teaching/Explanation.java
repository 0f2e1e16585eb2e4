package dev.dunder.runtime.js.teaching;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.inspect.Inspect;
import dev.dunder.runtime.js.model.ErrorFormat;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.model.PropertyResolution;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;

/**
 * {@code __dunder.explain_text(obj, "name", "label")} and the REPL's {@code :explain}:
 * the steps of [[Get]] as {@link PropertyResolution} (the readable reference path) takes
 * them, then the value the real lookup returns — a getter or a proxy trap runs exactly
 * once, as it would in {@code obj.name}.
 */
public final class Explanation {
    private Explanation() {
    }

    @TruffleBoundary
    public static String explain(Object obj, Object key, String label) {
        PropertyResolution r = PropertyResolution.of(obj, key, label);
        List<String> lines = new ArrayList<>();
        String name = String.valueOf(key);
        lines.add("lookup of " + label + "." + name + ":");
        for (String step : r.steps()) {
            lines.add("  " + step);
        }
        String result;
        try {
            Object value = JSRuntime.getV(obj, key);
            result = show(value);
            if (r.kind() == PropertyResolution.Kind.ACCESSOR && r.getter() instanceof JSObject) {
                lines.add("  called its getter with this = " + label + " → " + result);
            } else if (r.kind() == PropertyResolution.Kind.PROXY) {
                lines.add("  the trap returned → " + result);
            } else {
                lines.add("  → " + result);
            }
            if (value instanceof JSFunction f && !f.isClassConstructor()) {
                lines.add("  this will be " + label + " only when called as " + label + "." + name + "(...); a detached reference gets this = undefined");
            }
        } catch (JSException e) {
            lines.add("  → " + ErrorFormat.headline(e.getValue()));
        }
        return String.join("\n", lines) + "\n";
    }

    /** A found value as the steps show it: "function dot", "class Vector", else Node's inspect. */
    static String show(Object value) {
        if (value instanceof JSFunction f) {
            return PropertyResolution.describe(JSRealm.get(), f, null);
        }
        return Inspect.inspect(value);
    }

    /** {@code :chain}: the objects a lookup on obj searches, in order. */
    @TruffleBoundary
    public static String chain(Object obj, String label) {
        JSRealm realm = JSRealm.get();
        if (JSRuntime.isNullish(obj)) {
            return label + " is " + obj + ": no prototype chain\n";
        }
        if (dev.dunder.runtime.js.interop.JSInterop.isForeign(obj)) {
            return label + " is another language's object: its own language's lookup rules apply (switch to it with :model)\n";
        }
        StringBuilder sb = new StringBuilder(label);
        JSObject o = obj instanceof JSObject j ? j.getPrototypeOf() : JSRuntime.prototypeOfPrimitive(realm, obj);
        int guard = 0;
        while (o != null && guard++ < 100) {
            sb.append(" → ").append(PropertyResolution.describe(realm, o, null));
            if (o instanceof dev.dunder.runtime.js.objects.JSProxy) {
                // what comes next is the getPrototypeOf trap's answer: never run it to draw a chain
                return sb.append(" → (its getPrototypeOf trap decides)\n").toString();
            }
            o = o.getPrototypeOf();
        }
        return sb.append(" → null\n").toString();
    }
}
