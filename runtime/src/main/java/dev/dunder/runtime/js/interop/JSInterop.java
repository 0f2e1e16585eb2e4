package dev.dunder.runtime.js.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;

import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * Values crossing into JavaScript from another language or the host: Java numbers of
 * every width become JS numbers (ints stay ints, the representation of small integers;
 * the rest become doubles), characters and Truffle strings become strings,
 * foreign null is {@code null}, foreign booleans/strings/numbers their JS primitive; any
 * other foreign object stays itself, and JS code reaches it through interop messages
 * ({@link ForeignAccess}).
 */
public final class JSInterop {
    private JSInterop() {
    }

    /** Is v one of JavaScript's own values (not a foreign object)? */
    public static boolean isJSValue(Object v) {
        return v instanceof Double || v instanceof Integer || v instanceof String || v instanceof Boolean || v instanceof JSObject || v == Undefined.INSTANCE || v == Null.INSTANCE
                        || v instanceof JSSymbol;
    }

    /**
     * A JS value as other languages and the host see it: a number always as a double (a
     * JavaScript number is one; whether the interpreter holds it as an int is invisible), the
     * rest as it is.
     */
    public static Object toInterop(Object v) {
        return v instanceof Integer i ? (Object) (double) i : v;
    }

    /** {@link #toInterop} of each argument, for a call into another language. */
    public static Object[] toInterop(Object[] values) {
        Object[] out = null;
        for (int k = 0; k < values.length; k++) {
            if (values[k] instanceof Integer i) {
                if (out == null) {
                    out = values.clone();
                }
                out[k] = (double) i;
            }
        }
        return out == null ? values : out;
    }

    @TruffleBoundary
    public static Object toJS(Object v) {
        if (isJSValue(v)) {
            return v;
        }
        if (v instanceof Long l) {
            return Conversions.normalizeNumber(l);
        } else if (v instanceof Short s) {
            return (int) s;
        } else if (v instanceof Byte b) {
            return (int) b;
        } else if (v instanceof Float f) {
            return (double) f;
        } else if (v instanceof Character c) {
            return String.valueOf(c);
        } else if (v instanceof TruffleString ts) {
            return ts.toJavaStringUncached();
        }
        if (!(v instanceof TruffleObject)) {
            return v;
        }
        InteropLibrary lib = InteropLibrary.getUncached(v);
        try {
            if (lib.isNull(v)) {
                return Null.INSTANCE;
            }
            if (lib.isBoolean(v)) {
                return lib.asBoolean(v);
            }
            if (lib.isString(v)) {
                return lib.asString(v);
            }
            if (lib.isNumber(v) && lib.fitsInInt(v)) {
                return lib.asInt(v);
            }
            if (lib.isNumber(v) && lib.fitsInDouble(v)) {
                return lib.asDouble(v);
            }
        } catch (UnsupportedMessageException e) {
            return v;
        }
        return v;
    }

    @TruffleBoundary
    public static Object[] toJS(Object[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = toJS(values[i]);
        }
        return out;
    }

    /** Is v a foreign object (another language's, or a host object)? */
    public static boolean isForeign(Object v) {
        return !isJSValue(v) && v instanceof TruffleObject;
    }
}
