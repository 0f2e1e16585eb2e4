package dev.dunder.runtime.js;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.common.GuestOutput;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;

/**
 * One JavaScript realm (one Truffle context): the intrinsic objects (the prototypes
 * and constructors every program starts with), the global object, the symbol
 * registry and the output streams.
 *
 * <p>Runtime code that is not a node reaches the current realm with {@link #get()}.
 */
public final class JSRealm {
    private static volatile Supplier<JSRealm> accessor;

    public static void setAccessor(Supplier<JSRealm> supplier) {
        accessor = supplier;
    }

    public static JSRealm get() {
        return accessor.get();
    }

    private final TruffleLanguage<?> language;
    private final GuestOutput output;

    public JSObject objectPrototype;
    public JSObject functionPrototype;
    public JSObject arrayPrototype;
    public JSObject stringPrototype;
    public JSObject numberPrototype;
    public JSObject booleanPrototype;
    public JSObject symbolPrototype;
    public JSObject bigintPrototype;
    public JSObject errorPrototype;
    public final Map<String, JSObject> errorPrototypes = new HashMap<>();
    public final Map<String, JSFunction> errorConstructors = new HashMap<>();
    public JSObject iteratorPrototype;
    public JSObject arrayIteratorPrototype;
    public JSObject stringIteratorPrototype;
    public JSObject mapIteratorPrototype;
    public JSObject setIteratorPrototype;
    public JSObject regexpStringIteratorPrototype;
    public JSObject generatorPrototype;
    public JSObject generatorFunctionPrototype;
    public JSFunction generatorNextFunction;
    public JSObject mapPrototype;
    public JSObject setPrototype;
    public JSObject weakMapPrototype;
    public JSObject weakSetPrototype;
    public JSObject regexpPrototype;
    public JSObject proxyConstructor;
    public JSFunction objectConstructor;
    public JSFunction functionConstructor;
    public JSFunction arrayConstructor;
    public JSFunction throwTypeError;
    /** Array.prototype.values and %ArrayIteratorPrototype%.next: for-of and spread walk plain arrays directly while these are unchanged. */
    public JSFunction arrayValuesFunction;
    public JSFunction arrayIteratorNextFunction;
    public JSObject globalObject;
    /** {@code this} at the top level of a script: Node's {@code module.exports}. */
    public JSObject moduleExports;

    /** Shapes of new plain objects and arrays, fixed at setup. */
    public Shape objectShape;
    public Shape arrayShape;

    /** {@code --dunder-js.VerifyLookups}: check every cached property read against the reference [[Get]] (tests). */
    public boolean verifyLookups;
    /** {@code foreign[Symbol.iterator]} for foreign arrays and iterables, made on first use. */
    public JSFunction foreignIteratorMethod;
    /** Set once an interactive (REPL) input ran: uncaught errors are then reported as Node's REPL does. */
    public boolean interactive;
    /** The REPL's top-level {@code const} names (stored as read-only global properties): assigning one is a TypeError. */
    public final java.util.Set<String> replConstants = new java.util.HashSet<>();

    private final Map<String, JSSymbol> symbolRegistry = new HashMap<>();

    /** Compiles {@code new Function(params..., body)}: provided by the interpreter. */
    public interface DynamicFunctionCompiler {
        JSFunction compile(String[] parametersAndBody);
    }

    private DynamicFunctionCompiler dynamicFunctionCompiler;

    /** The process around the script, as Node's {@code process} object shows it. */
    public static final class Host {
        /** The command-line arguments after the interpreter: the script, then its arguments. */
        public String[] arguments = new String[0];
        public java.util.Map<String, String> environment = java.util.Map.of();
        public String workingDirectory = "";
        /** Ends the process with a status (process.exit). */
        public java.util.function.IntConsumer exit = code -> {
            throw new IllegalStateException("exit " + code);
        };
    }

    private final Host host = new Host();

    public Host getHost() {
        return host;
    }

    public DynamicFunctionCompiler getDynamicFunctionCompiler() {
        return dynamicFunctionCompiler;
    }

    public void setDynamicFunctionCompiler(DynamicFunctionCompiler compiler) {
        this.dynamicFunctionCompiler = compiler;
    }

    public JSRealm(TruffleLanguage<?> language, OutputStream out, OutputStream err) {
        this.language = language;
        this.output = new GuestOutput(out, err);
    }

    public TruffleLanguage<?> getLanguage() {
        return language;
    }

    /** Symbol.for(key): the registry's symbol for the key, created on first use. */
    @TruffleBoundary
    public JSSymbol symbolFor(String key) {
        return symbolRegistry.computeIfAbsent(key, k -> {
            JSSymbol s = new JSSymbol(k);
            s.setRegistryKey(k);
            return s;
        });
    }

    public JSObject newObject() {
        return new JSObject(objectShape);
    }

    public JSArray newArray(Object[] elements) {
        return new JSArray(arrayShape, elements, elements.length);
    }

    public void writeOut(String s) {
        output.writeOut(s);
    }

    public void writeErr(String s) {
        output.writeErr(s);
    }

    public void flush() {
        output.flush();
    }
}
