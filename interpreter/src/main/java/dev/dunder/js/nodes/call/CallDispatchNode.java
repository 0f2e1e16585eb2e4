package dev.dunder.js.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;

import dev.dunder.runtime.js.interop.ForeignAccess;
import dev.dunder.runtime.js.interop.JSInterop;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * [[Call]] and [[Construct]] of a function value. JavaScript functions get a direct
 * call per call target (all closures of one function literal share it, so the
 * callee can be inlined); proxies run their {@code apply}/{@code construct} traps.
 * The caller has already checked that the value is callable (to word the error).
 */
public abstract class CallDispatchNode extends Node {
    /** Distinct functions one call site sees before it goes megamorphic. */
    protected static final int INLINE_CACHE = 4;
    private static final Object[] NO_ARGS = new Object[0];

    public abstract Object execute(Object function, Object thisValue, Object newTarget, Object[] args);

    public static CallDispatchNode create() {
        return CallDispatchNodeGen.create();
    }

    /** A plain call with {@code this}. */
    public final Object call(Object function, Object thisValue, Object... args) {
        return execute(function, thisValue, Undefined.INSTANCE, args);
    }

    public final Object call0(Object function, Object thisValue) {
        return execute(function, thisValue, Undefined.INSTANCE, NO_ARGS);
    }

    @Specialization(guards = "function.getCallTarget() == cachedTarget", limit = "INLINE_CACHE")
    protected static Object direct(JSFunction function, Object thisValue, Object newTarget, Object[] args,
                    @Cached("function.getCallTarget()") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        return call.call(function.packArguments(thisValue, newTarget, args));
    }

    @Specialization(replaces = "direct")
    protected static Object indirect(JSFunction function, Object thisValue, Object newTarget, Object[] args,
                    @Cached IndirectCallNode call) {
        return call.call(function.getCallTarget(), function.packArguments(thisValue, newTarget, args));
    }

    @Specialization
    protected static Object proxy(JSProxy function, Object thisValue, Object newTarget, Object[] args) {
        return proxyCall(function, thisValue, newTarget, args);
    }

    @TruffleBoundary
    private static Object proxyCall(JSProxy function, Object thisValue, Object newTarget, Object[] args) {
        if (newTarget != Undefined.INSTANCE) {
            return function.construct(args, newTarget);
        }
        return function.call(thisValue, args);
    }

    /** Another language's function or a host method: interop's execute (or instantiate for new). */
    @Fallback
    protected static Object notCallable(Object function, Object thisValue, Object newTarget, Object[] args) {
        if (JSInterop.isForeign(function)) {
            return newTarget != Undefined.INSTANCE ? ForeignAccess.construct(function, args, JSRuntime.toDisplayString(function))
                            : ForeignAccess.call(function, args, JSRuntime.toDisplayString(function));
        }
        throw notAFunction(function);
    }

    @TruffleBoundary
    private static RuntimeException notAFunction(Object function) {
        return Errors.typeError(JSRuntime.toDisplayString(function) + " is not a function");
    }
}
