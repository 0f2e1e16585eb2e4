package dev.dunder.runtime.js.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.FunctionData;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** Helpers the builtin installers share: making builtin functions and defining them as methods. */
public final class Builtins {
    private static final Object[] NO_CAPTURES = new Object[0];

    private Builtins() {
    }

    /** Methods of builtins only need {@code this} and the arguments. */
    @FunctionalInterface
    public interface Method {
        Object call(Object thisValue, Object[] args);
    }

    /** A builtin function object (not a constructor). */
    @TruffleBoundary
    public static JSFunction function(JSRealm realm, String name, int length, Method body) {
        return create(realm, name, length, (t, a, nt) -> body.call(t, a), FunctionData.Kind.BUILTIN);
    }

    /** A builtin constructor: the body sees {@code new.target}. */
    @TruffleBoundary
    public static JSFunction constructor(JSRealm realm, String name, int length, Builtin body) {
        return create(realm, name, length, body, FunctionData.Kind.BUILTIN_CONSTRUCTOR);
    }

    private static JSFunction create(JSRealm realm, String name, int length, Builtin body, FunctionData.Kind kind) {
        return withRoot(realm, name, length, new BuiltinRootNode(realm.getLanguage(), name, body), kind);
    }

    /** A builtin function whose call target is a root node of its own (for builtins the compiler should inline). */
    @TruffleBoundary
    public static JSFunction withRoot(JSRealm realm, String name, int length, com.oracle.truffle.api.nodes.RootNode root, FunctionData.Kind kind) {
        FunctionData data = new FunctionData(name, length, kind, true, root.getCallTarget(), null, 0, 0);
        JSFunction f = new JSFunction(JSObject.shapeFor(JSFunction.class, realm.functionPrototype), data, NO_CAPTURES);
        f.defineDirect("length", (double) length, PropertyFlags.CONFIGURABLE_ONLY);
        f.defineDirect("name", name, PropertyFlags.CONFIGURABLE_ONLY);
        return f;
    }

    /** Defines a builtin method (writable, configurable, not enumerable). */
    @TruffleBoundary
    public static JSFunction method(JSRealm realm, JSObject target, String name, int length, Method body) {
        JSFunction f = function(realm, name, length, body);
        target.defineDirect(name, f, PropertyFlags.METHOD);
        return f;
    }

    /** Defines a builtin method keyed by a symbol; its name is "[description]". */
    @TruffleBoundary
    public static JSFunction method(JSRealm realm, JSObject target, JSSymbol key, String name, int length, Method body) {
        JSFunction f = function(realm, name, length, body);
        target.defineDirect(key, f, PropertyFlags.METHOD);
        return f;
    }

    /** Defines a builtin getter ("get name"). */
    @TruffleBoundary
    public static void getter(JSRealm realm, JSObject target, Object key, Method body) {
        String name = key instanceof JSSymbol s ? "[" + s.getDescription() + "]" : (String) key;
        JSFunction g = function(realm, "get " + name, 0, body);
        target.defineAccessorDirect(key, g, Undefined.INSTANCE, PropertyFlags.NOT_ENUMERABLE);
    }

    /** A constant property (Math.PI, Number.MAX_VALUE): not writable, enumerable or configurable. */
    public static void constant(JSObject target, Object key, Object value) {
        target.defineDirect(key, value, PropertyFlags.FROZEN);
    }

    /** Links a constructor and its prototype: C.prototype (fixed) and C.prototype.constructor. */
    public static void link(JSFunction constructor, JSObject prototype) {
        constructor.defineDirect("prototype", prototype, PropertyFlags.FROZEN);
        prototype.defineDirect("constructor", constructor, PropertyFlags.METHOD);
    }

    // ---- argument helpers ----------------------------------------------------------------------

    public static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.INSTANCE;
    }

    public static boolean hasArg(Object[] args, int i) {
        return i < args.length && args[i] != Undefined.INSTANCE;
    }

    /** {@code this} as an object for methods that require one ("X.prototype.m called on null or undefined"). */
    public static JSObject thisObject(Object thisValue, String method) {
        if (thisValue == Undefined.INSTANCE || thisValue == dev.dunder.runtime.js.objects.Null.INSTANCE) {
            throw Errors.typeError(method + " called on null or undefined");
        }
        return Conversions.toObject(thisValue);
    }

    /** A callable argument, else "x is not a function". */
    public static Object callable(Object[] args, int i) {
        Object f = arg(args, i);
        if (!(f instanceof JSObject o) || !o.isCallable()) {
            throw Errors.typeError(dev.dunder.runtime.js.inspect.Inspect.inspect(f) + " is not a function");
        }
        return f;
    }
}
