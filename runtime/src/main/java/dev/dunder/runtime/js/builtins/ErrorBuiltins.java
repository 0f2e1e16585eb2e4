package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.ErrorFormat;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSError;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** {@code Error} and the native error types (§20.5): message, cause, the V8 {@code stack}. */
public final class ErrorBuiltins {
    static final String[] NATIVE_ERRORS = {"EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"};

    private ErrorBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSObject errorProto = new JSObject(realm.objectShape);
        realm.errorPrototype = errorProto;
        JSFunction error = errorConstructor(realm, "Error", errorProto);
        realm.errorConstructors.put("Error", error);
        errorProto.defineDirect("name", "Error", PropertyFlags.METHOD);
        errorProto.defineDirect("message", "", PropertyFlags.METHOD);
        Builtins.method(realm, errorProto, "toString", 0, (t, a) -> {
            if (!(t instanceof JSObject o)) {
                throw Errors.typeError("Error.prototype.toString requires that 'this' be an Object");
            }
            return ErrorFormat.errorToString(o);
        });
        Builtins.method(realm, error, "captureStackTrace", 1, (t, a) -> {
            if (arg(a, 0) instanceof JSObject o) {
                String header = o instanceof JSError e ? ErrorFormat.errorToString(e) : ErrorFormat.errorToString(o);
                StringBuilder b = new StringBuilder(header);
                for (String frame : ErrorFormat.captureFrames()) {
                    b.append('\n').append(frame);
                }
                o.defineDirect("stack", b.toString(), PropertyFlags.NOT_ENUMERABLE);
            }
            return Undefined.INSTANCE;
        });
        error.defineDirect("stackTraceLimit", 10.0, 0);
        for (String name : NATIVE_ERRORS) {
            JSObject proto = new JSObject(JSObject.shapeFor(JSObject.class, errorProto));
            realm.errorPrototypes.put(name, proto);
            JSFunction ctor = errorConstructor(realm, name, proto);
            ctor.setPrototypeUnchecked(error);
            realm.errorConstructors.put(name, ctor);
            proto.defineDirect("name", name, PropertyFlags.METHOD);
            proto.defineDirect("message", "", PropertyFlags.METHOD);
        }
    }

    private static JSFunction errorConstructor(JSRealm realm, String name, JSObject proto) {
        JSFunction[] self = new JSFunction[1];
        self[0] = Builtins.constructor(realm, name, 1, (t, a, nt) -> {
            JSObject newTarget = nt instanceof JSObject o ? o : self[0];
            Object p = newTarget.get("prototype");
            JSObject errorProto = p instanceof JSObject po ? po : proto;
            Object message = arg(a, 0);
            JSError e = Errors.createError(errorProto, message == Undefined.INSTANCE ? Undefined.INSTANCE : Conversions.toString(message));
            Object options = arg(a, 1);
            if (options instanceof JSObject opts && opts.hasProperty("cause")) {
                e.defineDirect("cause", opts.get("cause"), PropertyFlags.NOT_ENUMERABLE);
            }
            return e;
        });
        Builtins.link(self[0], proto);
        realm.globalObject.defineDirect(name, self[0], PropertyFlags.METHOD);
        return self[0];
    }
}
