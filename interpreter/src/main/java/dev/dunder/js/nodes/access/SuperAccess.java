package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * {@code super.x} (§13.3.7): the lookup starts at the prototype of the method's
 * [[HomeObject]] — not of {@code this} — while getters and setters still see
 * {@code this}.
 */
public final class SuperAccess {
    private SuperAccess() {
    }

    @TruffleBoundary
    public static Object get(Object home, Object key, Object thisValue) {
        JSObject proto = base(home);
        return proto == null ? Undefined.INSTANCE : proto.get(key, thisValue);
    }

    @TruffleBoundary
    public static boolean set(Object home, Object key, Object value, Object thisValue) {
        JSObject proto = base(home);
        if (proto == null) {
            throw Errors.typeError("Cannot set properties of null");
        }
        return proto.set(key, value, thisValue);
    }

    private static JSObject base(Object home) {
        if (!(home instanceof JSObject h)) {
            throw Errors.syntaxError("'super' keyword unexpected here");
        }
        return h.getPrototypeOf();
    }
}
