package dev.dunder.runtime.js.teaching;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.inspect.Inspect;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.model.PropertyResolution;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSProxy;

/**
 * {@code :doc} for JS. JavaScript keeps no docstrings, so this says what the language
 * itself can tell about a value: its type, its constructor, a function's parameters and
 * source, its own keys and the prototype chain its lookups search.
 */
public final class Help {
    private Help() {
    }

    @TruffleBoundary
    public static String help(Object obj, String label) {
        JSRealm realm = JSRealm.get();
        StringBuilder sb = new StringBuilder();
        sb.append(label).append(": typeof is '").append(JSRuntime.typeof(obj)).append("'");
        if (obj instanceof JSFunction f) {
            sb.append(", ").append(PropertyResolution.describe(realm, f, null)).append(" with ").append(f.getData().getLength()).append(" declared parameter(s)\n");
            String text = f.getData().getSourceText();
            sb.append(text == null ? "  (builtin: native code)\n" : "  " + firstLine(text) + "\n");
        } else if (obj instanceof JSObject o && !(o instanceof JSProxy)) {
            String ctor = JSRuntime.constructorName(o);
            sb.append(ctor == null ? ", no constructor on its chain\n" : ", made by " + ctor + "\n");
        } else if (dev.dunder.runtime.js.interop.JSInterop.isForeign(obj)) {
            sb.append(", another language's object: ").append(JSRuntime.toDisplayString(obj)).append('\n');
        } else {
            sb.append(", value ").append(Inspect.inspect(obj)).append('\n');
        }
        if (obj instanceof JSObject o && !(o instanceof JSProxy)) {
            sb.append("own properties: ").append(PropertyResolution.ownKeys(o)).append('\n');
        }
        sb.append("prototype chain: ").append(Explanation.chain(obj, label));
        sb.append("(JavaScript keeps no docstrings; :explain EXPR.NAME shows how a property is found)\n");
        return sb.toString();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " …";
    }
}
