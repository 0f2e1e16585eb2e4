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

    /**
     * A declaration at the top level of a REPL input: a global that later inputs see.
     * {@code var} and functions are ordinary (enumerable) global properties as in Node's
     * REPL; {@code let}/{@code const}/{@code class} are non-enumerable ones, so listing the
     * global object's keys does not show them (Node keeps them in a separate scope), and
     * a {@code const} is read-only. All stay configurable so a later input may declare the
     * name again.
     */
    @TruffleBoundary
    public static void declareInteractive(JSRealm realm, String name, DeclarationKind kind, Object value) {
        JSObject global = realm.globalObject;
        if (kind == DeclarationKind.VAR_NO_INIT) {
            if (!global.hasProperty(name)) {
                global.defineOwnProperty(name, PropertyDescriptor.data(dev.dunder.runtime.js.objects.Undefined.INSTANCE, true, true, true));
            }
            return;
        }
        boolean lexical = kind == DeclarationKind.LET || kind == DeclarationKind.CONST || kind == DeclarationKind.CLASS;
        global.delete(name);
        if (!global.defineOwnProperty(name, PropertyDescriptor.data(value, kind != DeclarationKind.CONST, !lexical, true))) {
            throw new dev.dunder.runtime.js.JSException(Errors.createError("SyntaxError", "Identifier '" + name + "' has already been declared"));
        }
        if (kind == DeclarationKind.CONST) {
            realm.replConstants.add(name);
        } else {
            realm.replConstants.remove(name);
        }
    }

    /** The kinds of REPL top-level declarations. */
    public enum DeclarationKind {
        VAR, VAR_NO_INIT, FUNCTION, LET, CONST, CLASS
    }

    /** Assignment to an undeclared name: creates a global property in sloppy code, ReferenceError in strict. */
    @TruffleBoundary
    public static void write(JSRealm realm, String name, Object value, boolean strict, com.oracle.truffle.api.nodes.Node node, int pos) {
        JSObject global = realm.globalObject;
        if (strict && !global.hasProperty(name)) {
            throw Errors.referenceError(node, pos, name + " is not defined");
        }
        boolean done = global.set(name, value, global);
        if (!done && realm.replConstants.contains(name)) {
            throw Errors.typeError(node, pos, "Assignment to constant variable.");
        }
        if (!done && strict) {
            PropertyDescriptor d = global.getOwnProperty(name);
            throw Errors.typeError(node, pos, d != null && !d.writable ? "Cannot assign to read only property '" + name + "' of object '#<Object>'"
                            : "Cannot assign to property '" + name + "'");
        }
    }
}
