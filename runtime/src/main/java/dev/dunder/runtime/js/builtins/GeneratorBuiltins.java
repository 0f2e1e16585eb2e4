package dev.dunder.runtime.js.builtins;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.FunctionData;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSGenerator;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.PropertyFlags;

/**
 * %GeneratorFunction.prototype% and %GeneratorPrototype% (§27.3, §27.5): the
 * {@code next}, {@code return} and {@code throw} of generator objects
 * (GeneratorResume and GeneratorResumeAbrupt).
 */
public final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSObject proto = new JSObject(JSObject.shapeFor(JSObject.class, realm.iteratorPrototype));
        realm.generatorPrototype = proto;
        proto.defineDirect(JSSymbol.TO_STRING_TAG, "Generator", PropertyFlags.CONFIGURABLE_ONLY);
        JSObject functionProto = new JSObject(JSObject.shapeFor(JSObject.class, realm.functionPrototype));
        realm.generatorFunctionPrototype = functionProto;
        functionProto.defineDirect(JSSymbol.TO_STRING_TAG, "GeneratorFunction", PropertyFlags.CONFIGURABLE_ONLY);
        functionProto.defineDirect("prototype", proto, PropertyFlags.CONFIGURABLE_ONLY);
        proto.defineDirect("constructor", functionProto, PropertyFlags.CONFIGURABLE_ONLY);
        JSFunction generatorFunction = Builtins.constructor(realm, "GeneratorFunction", 1, (t, a, nt) -> {
            throw Errors.error("EvalError", "Code generation from strings is not supported by Dunder");
        });
        generatorFunction.defineDirect("prototype", functionProto, PropertyFlags.FROZEN);
        generatorFunction.setPrototypeUnchecked(realm.functionConstructor);
        functionProto.defineDirect("constructor", generatorFunction, PropertyFlags.CONFIGURABLE_ONLY);

        realm.generatorNextFunction = method(realm, proto, "next", JSGenerator.Mode.NEXT);
        method(realm, proto, "return", JSGenerator.Mode.RETURN);
        method(realm, proto, "throw", JSGenerator.Mode.THROW);
    }

    private static JSFunction method(JSRealm realm, JSObject proto, String name, JSGenerator.Mode mode) {
        JSFunction f = Builtins.withRoot(realm, name, 1, new GeneratorMethodRootNode(realm, mode, name), FunctionData.Kind.BUILTIN);
        proto.defineDirect(name, f, PropertyFlags.METHOD);
        return f;
    }
}
