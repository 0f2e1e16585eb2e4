package dev.dunder.runtime.js.model;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.objects.JSError;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * Error factories: the engine's TypeError, RangeError, ReferenceError and friends,
 * with V8's wording (the call sites pass the exact message V8 prints).
 */
public final class Errors {
    private Errors() {
    }

    /** A new error object of the named type ("TypeError", ...) with the realm's prototype. */
    @TruffleBoundary
    public static JSError createError(String type, String message) {
        JSRealm realm = JSRealm.get();
        JSObject proto = type.equals("Error") ? realm.errorPrototype : realm.errorPrototypes.get(type);
        return createError(proto, message);
    }

    /** A new error object with the given prototype: own {@code stack} then {@code message}, as V8 creates them. */
    @TruffleBoundary
    public static JSError createError(JSObject proto, Object message) {
        List<String> frames = ErrorFormat.captureFrames();
        JSError e = new JSError(JSObject.shapeFor(JSError.class, proto), frames);
        e.defineDirect("stack", JSError.LAZY_STACK, PropertyFlags.NOT_ENUMERABLE);
        if (message != Undefined.INSTANCE) {
            e.defineDirect("message", message, PropertyFlags.NOT_ENUMERABLE);
        }
        return e;
    }

    @TruffleBoundary
    public static JSException error(String type, String message) {
        return new JSException(createError(type, message));
    }

    @TruffleBoundary
    public static JSException typeError(String message) {
        return error("TypeError", message);
    }

    @TruffleBoundary
    public static JSException rangeError(String message) {
        return error("RangeError", message);
    }

    @TruffleBoundary
    public static JSException referenceError(String message) {
        return error("ReferenceError", message);
    }

    @TruffleBoundary
    public static JSException syntaxError(String message) {
        return error("SyntaxError", message);
    }

    /** An error thrown by a node, reported at character {@code position} of its source. */
    @TruffleBoundary
    public static JSException at(JSException e, Node node, int position) {
        return e.raisedAt(node, position);
    }

    @TruffleBoundary
    public static JSException typeError(Node node, int position, String message) {
        return typeError(message).raisedAt(node, position);
    }

    @TruffleBoundary
    public static JSException referenceError(Node node, int position, String message) {
        return referenceError(message).raisedAt(node, position);
    }

    @TruffleBoundary
    public static JSException rangeError(Node node, int position, String message) {
        return rangeError(message).setPositionIfAbsent(node, position);
    }

    /** "Cannot read properties of undefined (reading 'x')". */
    @TruffleBoundary
    public static JSException cannotRead(Object base, Object key) {
        return typeError("Cannot read properties of " + base + " (reading '" + JSRuntime.keyToDisplay(key) + "')");
    }

    /** "Cannot set properties of undefined (setting 'x')". */
    @TruffleBoundary
    public static JSException cannotSet(Object base, Object key) {
        return typeError("Cannot set properties of " + base + " (setting '" + JSRuntime.keyToDisplay(key) + "')");
    }

    /** The strict-mode failure of an assignment: V8's message depends on why [[Set]] refused. */
    @TruffleBoundary
    public static JSException cannotAssign(Object target, Object key) {
        if (target instanceof dev.dunder.runtime.js.objects.JSProxy) {
            return typeError("'set' on proxy: trap returned falsish for property '" + JSRuntime.keyToDisplay(key) + "'");
        }
        if (target instanceof JSObject o) {
            var desc = JSRuntime.findProperty(o, key);
            if (desc != null && desc.isAccessorDescriptor()) {
                return typeError("Cannot set property " + JSRuntime.keyToDisplay(key) + " of " + JSRuntime.describeForMessage(o) + " which has only a getter");
            }
            if (desc != null && !desc.writable) {
                // V8 names the object that holds the read-only property, which may be a prototype
                JSObject holder = JSRuntime.findHolder(o, key);
                return typeError("Cannot assign to read only property '" + JSRuntime.keyToDisplay(key) + "' of " + describeKind(holder) + " '"
                                + JSRuntime.describeForMessage(holder) + "'");
            }
            if (!o.isExtensible()) {
                return typeError("Cannot add property " + JSRuntime.keyToDisplay(key) + ", object is not extensible");
            }
            if (o instanceof dev.dunder.runtime.js.objects.JSArray arr && !arr.isLengthWritable()
                            && dev.dunder.runtime.js.objects.ArrayIndex.of(key) >= arr.getLength()) {
                return typeError("Cannot assign to read only property 'length' of object '[object Array]'");
            }
            return typeError("Cannot assign to property '" + JSRuntime.keyToDisplay(key) + "' of " + JSRuntime.describeForMessage(o));
        }
        return typeError("Cannot create property '" + JSRuntime.keyToDisplay(key) + "' on " + JSRuntime.typeof(target) + " '"
                        + JSRuntime.toDisplayString(target) + "'");
    }

    private static String describeKind(JSObject o) {
        return o instanceof JSFunction ? "function" : "object";
    }

    /** "x is not a function". */
    @TruffleBoundary
    public static JSException notAFunction(String what) {
        return typeError(what + " is not a function");
    }
}
