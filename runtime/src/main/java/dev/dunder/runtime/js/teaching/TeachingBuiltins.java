package dev.dunder.runtime.js.teaching;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.builtins.Builtins;
import dev.dunder.runtime.js.inspect.Inspect;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.PropertyResolution;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * The global {@code __dunder}: the teaching helpers the REPL's commands call
 * ({@code explain_text}, {@code draw_text}, {@code chain_text}, {@code help_text},
 * {@code completions}), usable from scripts too. It is a non-enumerable property of the
 * global object, so {@code Object.keys(globalThis)} and {@code for-in} do not see it.
 */
public final class TeachingBuiltins {
    private TeachingBuiltins() {
    }

    @TruffleBoundary
    public static void install(JSRealm realm) {
        JSObject helpers = realm.newObject();
        Builtins.method(realm, helpers, "explain_text", 3, (t, a) -> {
            Object key = Conversions.toPropertyKey(Builtins.arg(a, 1));
            return Explanation.explain(Builtins.arg(a, 0), key, label(a, 2));
        });
        Builtins.method(realm, helpers, "draw_text", 3, (t, a) -> {
            String format = Builtins.hasArg(a, 1) ? Conversions.toString(Builtins.arg(a, 1)) : "box";
            if (!format.equals("box") && !format.equals("dot") && !format.equals("svg")) {
                throw Errors.rangeError("unknown diagram format '" + format + "' (expected box, dot or svg)");
            }
            return JsDiagram.of(Builtins.arg(a, 0), label(a, 2)).render(format);
        });
        Builtins.method(realm, helpers, "chain_text", 2, (t, a) -> Explanation.chain(Builtins.arg(a, 0), label(a, 1)));
        Builtins.method(realm, helpers, "help_text", 2, (t, a) -> Help.help(Builtins.arg(a, 0), label(a, 1)));
        Builtins.method(realm, helpers, "completions", 1, (t, a) -> Completion.complete(Conversions.toString(Builtins.arg(a, 0))));
        realm.globalObject.defineDirect("__dunder", helpers, PropertyFlags.METHOD);
    }

    /** How the text names the value: the expression the user typed, else a description of the value. */
    private static String label(Object[] args, int i) {
        if (Builtins.hasArg(args, i)) {
            return Conversions.toString(args[i]);
        }
        Object v = Builtins.arg(args, 0);
        return v instanceof JSObject o ? PropertyResolution.describe(JSRealm.get(), o, null) : Inspect.inspect(v);
    }
}
