package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSPrimitiveObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** {@code Symbol} and {@code Symbol.prototype} (§20.4), with the well-known symbols and the registry. */
public final class SymbolBuiltins {
    private SymbolBuiltins() {
    }

    static JSSymbol thisSymbol(Object t, String method) {
        if (t instanceof JSSymbol s) {
            return s;
        }
        if (t instanceof JSPrimitiveObject p && p.getPrimitive() instanceof JSSymbol s) {
            return s;
        }
        throw Errors.typeError("Symbol.prototype." + method + " requires that 'this' be a Symbol");
    }

    public static void install(JSRealm realm) {
        JSObject proto = new JSObject(realm.objectShape);
        realm.symbolPrototype = proto;
        JSFunction ctor = Builtins.constructor(realm, "Symbol", 0, (t, a, nt) -> {
            if (nt != Undefined.INSTANCE) {
                throw Errors.typeError("Symbol is not a constructor");
            }
            Object d = arg(a, 0);
            return new JSSymbol(d == Undefined.INSTANCE ? null : Conversions.toString(d));
        });
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("Symbol", ctor, PropertyFlags.METHOD);
        for (JSSymbol s : JSSymbol.WELL_KNOWN) {
            Builtins.constant(ctor, s.getDescription().substring("Symbol.".length()), s);
        }
        Builtins.method(realm, ctor, "for", 1, (t, a) -> realm.symbolFor(Conversions.toString(arg(a, 0))));
        Builtins.method(realm, ctor, "keyFor", 1, (t, a) -> {
            if (!(arg(a, 0) instanceof JSSymbol s)) {
                throw Errors.typeError(JSRuntime.toDisplayString(arg(a, 0)) + " is not a symbol");
            }
            return s.getRegistryKey() == null ? Undefined.INSTANCE : s.getRegistryKey();
        });
        Builtins.method(realm, proto, "toString", 0, (t, a) -> thisSymbol(t, "toString").toString());
        Builtins.method(realm, proto, "valueOf", 0, (t, a) -> thisSymbol(t, "valueOf"));
        Builtins.getter(realm, proto, "description", (t, a) -> {
            String d = thisSymbol(t, "description").getDescription();
            return d == null ? Undefined.INSTANCE : d;
        });
        proto.defineDirect(JSSymbol.TO_STRING_TAG, "Symbol", PropertyFlags.CONFIGURABLE_ONLY);
        JSFunction toPrimitive = Builtins.function(realm, "[Symbol.toPrimitive]", 1, (t, a) -> thisSymbol(t, "[Symbol.toPrimitive]"));
        proto.defineDirect(JSSymbol.TO_PRIMITIVE, toPrimitive, PropertyFlags.CONFIGURABLE_ONLY);
    }
}
