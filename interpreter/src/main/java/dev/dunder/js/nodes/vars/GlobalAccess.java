package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyDescriptor;

/** Names no declaration binds: properties of the global object. */
public final class GlobalAccess {
    private GlobalAccess() {
    }

    /** The value, or null when the global object has no such property. */
    @TruffleBoundary
    public static Object read(JSRealm realm, String name) {
        JSObject global = realm.globalObject;
        if (!global.hasProperty(name)) {
            return null;
        }
        return global.get(name, global);
    }

    /** Assignment to an undeclared name: creates a global property in sloppy code, ReferenceError in strict. */
    @TruffleBoundary
    public static void write(JSRealm realm, String name, Object value, boolean strict, com.oracle.truffle.api.nodes.Node node, int pos) {
        JSObject global = realm.globalObject;
        if (strict && !global.hasProperty(name)) {
            throw Errors.referenceError(node, pos, name + " is not defined");
        }
        if (!global.set(name, value, global) && strict) {
            PropertyDescriptor d = global.getOwnProperty(name);
            throw Errors.typeError(node, pos, d != null && !d.writable ? "Cannot assign to read only property '" + name + "' of object '#<Object>'"
                            : "Cannot assign to property '" + name + "'");
        }
    }
}
