package dev.dunder.runtime.js.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.FunctionData;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * Creates a realm's intrinsics (ECMA-262 §9.3): first the two objects everything
 * hangs off — Object.prototype (whose prototype is null) and Function.prototype
 * (itself a function) — then each builtin group, then the global object.
 */
public final class RealmSetup {
    private RealmSetup() {
    }

    @TruffleBoundary
    public static void setup(JSRealm realm) {
        realm.objectPrototype = new JSObject(JSObject.shapeFor(JSObject.class, null));
        realm.objectShape = JSObject.shapeFor(JSObject.class, realm.objectPrototype);
        BuiltinRootNode emptyRoot = new BuiltinRootNode(realm.getLanguage(), "", (t, a, nt) -> Undefined.INSTANCE);
        FunctionData emptyData = new FunctionData("", 0, FunctionData.Kind.BUILTIN, true, emptyRoot.getCallTarget(), null, 0, 0);
        JSFunction functionPrototype = new JSFunction(JSObject.shapeFor(JSFunction.class, realm.objectPrototype), emptyData, new Object[0]);
        realm.functionPrototype = functionPrototype;
        functionPrototype.defineDirect("length", 0.0, PropertyFlags.CONFIGURABLE_ONLY);
        functionPrototype.defineDirect("name", "", PropertyFlags.CONFIGURABLE_ONLY);
        // Array.prototype is itself an array (length 0), as the specification makes it
        realm.arrayPrototype = new JSArray(JSObject.shapeFor(JSArray.class, realm.objectPrototype), new Object[0], 0);
        realm.arrayShape = JSObject.shapeFor(JSArray.class, realm.arrayPrototype);
        realm.throwTypeError = Builtins.function(realm, "", 0, (t, a) -> {
            throw Errors.typeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");
        });
        realm.globalObject = new JSObject(realm.objectShape);
        realm.moduleExports = new JSObject(realm.objectShape);

        ObjectBuiltins.install(realm);
        FunctionBuiltins.install(realm);
        IteratorBuiltins.install(realm);
        GeneratorBuiltins.install(realm);
        ArrayBuiltins.install(realm);
        StringBuiltins.install(realm);
        NumberBuiltins.install(realm);
        SymbolBuiltins.install(realm);
        ErrorBuiltins.install(realm);
        MathBuiltins.install(realm);
        JSONBuiltins.install(realm);
        CollectionBuiltins.install(realm);
        ProxyReflectBuiltins.install(realm);
        RegExpBuiltins.install(realm);
        DateBuiltins.install(realm);
        GlobalBuiltins.install(realm);
        ConsoleBuiltins.install(realm);
        ProcessBuiltins.install(realm);
        dev.dunder.runtime.js.teaching.TeachingBuiltins.install(realm);
        realm.globalObject.markWatched();
    }
}
