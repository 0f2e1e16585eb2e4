package dev.dunder.js.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.PropertyFlags;

/** SetFunctionName (§10.2.9) for names known only at run time (computed keys). */
public final class FunctionNaming {
    private FunctionNaming() {
    }

    /** The name a key gives: the string, or "[description]" for a symbol; with "get "/"set " prefixes. */
    @TruffleBoundary
    public static String nameFor(Object key, String prefix) {
        String name;
        if (key instanceof JSSymbol s) {
            name = s.getDescription() == null ? "" : "[" + s.getDescription() + "]";
        } else {
            name = String.valueOf(key);
        }
        return prefix == null ? name : prefix + " " + name;
    }

    @TruffleBoundary
    public static void setName(Object function, Object key, String prefix) {
        if (function instanceof JSFunction f) {
            f.defineDirect("name", nameFor(key, prefix), PropertyFlags.CONFIGURABLE_ONLY);
        }
    }
}
