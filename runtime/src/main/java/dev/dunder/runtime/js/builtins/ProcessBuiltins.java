package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * The parts of Node's {@code process} object scripts commonly use: {@code argv},
 * {@code env}, {@code exit}, {@code exitCode}, {@code stdout.write}, {@code stderr.write},
 * {@code cwd}, {@code platform}, {@code hrtime}.
 */
public final class ProcessBuiltins {
    private ProcessBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSRealm.Host host = realm.getHost();
        JSObject process = new JSObject(realm.objectShape);
        realm.globalObject.defineDirect("process", process, PropertyFlags.METHOD);
        List<Object> argv = new ArrayList<>();
        argv.add("dunder");
        for (String a : host.arguments) {
            argv.add(a);
        }
        if (argv.size() > 1 && !"-".equals(argv.get(1)) && !"-c".equals(argv.get(1))) {
            java.io.File script = new java.io.File((String) argv.get(1));
            if (!script.isAbsolute() && !host.workingDirectory.isEmpty()) {
                script = new java.io.File(host.workingDirectory, (String) argv.get(1));
            }
            argv.set(1, script.getAbsolutePath());
        }
        process.createDataProperty("argv", realm.newArray(argv.toArray()));
        JSObject env = new JSObject(realm.objectShape);
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(host.environment).entrySet()) {
            env.createDataProperty(e.getKey(), e.getValue());
        }
        process.createDataProperty("env", env);
        process.createDataProperty("platform", "linux");
        process.createDataProperty("exitCode", Undefined.INSTANCE);
        Builtins.method(realm, process, "exit", 1, (t, a) -> {
            Object code = arg(a, 0) == Undefined.INSTANCE ? process.get("exitCode") : arg(a, 0);
            realm.flush();
            host.exit.accept(code == Undefined.INSTANCE ? 0 : Conversions.toInt32(code));
            return Undefined.INSTANCE;
        });
        Builtins.method(realm, process, "cwd", 0, (t, a) -> host.workingDirectory);
        Builtins.method(realm, process, "hrtime", 1, (t, a) -> {
            long now = System.nanoTime();
            return realm.newArray(new Object[]{(double) (now / 1_000_000_000L), (double) (now % 1_000_000_000L)});
        });
        process.createDataProperty("stdout", stream(realm, false));
        process.createDataProperty("stderr", stream(realm, true));
    }

    /** When a script completes normally: a non-zero {@code process.exitCode} becomes the exit status, as in Node. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static void exitWithExitCode(JSRealm realm) {
        if (!(realm.globalObject.get("process") instanceof JSObject process)) {
            return;
        }
        Object code = process.get("exitCode");
        if (code != Undefined.INSTANCE) {
            int status = Conversions.toInt32(code);
            if (status != 0) {
                realm.flush();
                realm.getHost().exit.accept(status);
            }
        }
    }

    private static JSObject stream(JSRealm realm, boolean err) {
        JSObject s = new JSObject(realm.objectShape);
        Builtins.method(realm, s, "write", 1, (t, a) -> {
            String text = Conversions.toString(arg(a, 0));
            if (err) {
                realm.writeErr(text);
            } else {
                realm.writeOut(text);
            }
            return true;
        });
        return s;
    }
}
