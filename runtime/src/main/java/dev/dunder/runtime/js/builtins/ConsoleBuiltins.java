package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.util.HashMap;
import java.util.Map;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.inspect.Format;
import dev.dunder.runtime.js.inspect.Inspect;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * Node's {@code console}: log, info and debug to standard output; error, warn and
 * trace to standard error; each line formatted like {@code util.format} and indented by
 * {@code console.group}.
 */
public final class ConsoleBuiltins {
    private ConsoleBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSObject console = new JSObject(realm.objectShape);
        realm.globalObject.defineDirect("console", console, PropertyFlags.METHOD);
        int[] indent = {0};
        Map<String, Integer> counts = new HashMap<>();
        for (String name : new String[]{"log", "info", "debug"}) {
            Builtins.method(realm, console, name, 0, (t, a) -> {
                realm.writeOut(indented(Format.format(a), indent[0]));
                return Undefined.INSTANCE;
            });
        }
        for (String name : new String[]{"error", "warn"}) {
            Builtins.method(realm, console, name, 0, (t, a) -> {
                realm.writeErr(indented(Format.format(a), indent[0]));
                return Undefined.INSTANCE;
            });
        }
        Builtins.method(realm, console, "trace", 0, (t, a) -> {
            realm.writeErr(indented("Trace" + (a.length == 0 ? "" : ": " + Format.format(a)), indent[0]));
            return Undefined.INSTANCE;
        });
        Builtins.method(realm, console, "dir", 0, (t, a) -> {
            realm.writeOut(indented(Inspect.inspect(arg(a, 0)), indent[0]));
            return Undefined.INSTANCE;
        });
        Builtins.method(realm, console, "assert", 0, (t, a) -> {
            if (!Conversions.toBoolean(arg(a, 0))) {
                Object[] rest = new Object[Math.max(0, a.length - 1)];
                if (a.length > 1) {
                    System.arraycopy(a, 1, rest, 0, rest.length);
                }
                String message = rest.length == 0 ? "Assertion failed" : "Assertion failed: " + Format.format(rest);
                realm.writeErr(indented(message, indent[0]));
            }
            return Undefined.INSTANCE;
        });
        Builtins.method(realm, console, "group", 0, (t, a) -> {
            if (a.length > 0) {
                realm.writeOut(indented(Format.format(a), indent[0]));
            }
            indent[0] += 2;
            return Undefined.INSTANCE;
        });
        console.defineDirect("groupCollapsed", console.get("group"), PropertyFlags.METHOD);
        Builtins.method(realm, console, "groupEnd", 0, (t, a) -> {
            indent[0] = Math.max(0, indent[0] - 2);
            return Undefined.INSTANCE;
        });
        Builtins.method(realm, console, "count", 0, (t, a) -> {
            String label = arg(a, 0) == Undefined.INSTANCE ? "default" : Conversions.toString(arg(a, 0));
            int n = counts.merge(label, 1, Integer::sum);
            realm.writeOut(indented(label + ": " + n, indent[0]));
            return Undefined.INSTANCE;
        });
        Builtins.method(realm, console, "countReset", 0, (t, a) -> {
            counts.remove(arg(a, 0) == Undefined.INSTANCE ? "default" : Conversions.toString(arg(a, 0)));
            return Undefined.INSTANCE;
        });
    }

    private static String indented(String text, int indent) {
        if (indent == 0) {
            return text + "\n";
        }
        String pad = " ".repeat(indent);
        return pad + text.replace("\n", "\n" + pad) + "\n";
    }
}
