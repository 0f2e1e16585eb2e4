package dev.dunder.python.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.python.model.ArgumentBinder;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PCode;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PMethod;

/**
 * Calls any Python callable. Python functions get a direct call per code object
 * (so the callee can be inlined), with the argument binding skipped when the call
 * is purely positional and matches the parameters; bound methods unwrap to their
 * function with {@code self} in front; everything else takes the reference path
 * ({@code type(obj).__call__}).
 */
public abstract class CallDispatchNode extends Node {
    /** Distinct code objects one call site sees before it goes megamorphic. */
    protected static final int INLINE_CACHE = 4;
    private static final Object[] NO_VALUES = new Object[0];

    public abstract Object executeCall(Object callee, Object[] args, String[] kwNames, Object[] kwValues);

    public final Object call(Object callee, Object... args) {
        return executeCall(callee, args, ArgumentBinder.NO_KEYWORDS, NO_VALUES);
    }

    public static CallDispatchNode create() {
        return CallDispatchNodeGen.create();
    }

    protected static int simpleArity(PCode code) {
        return code.getSignature().isSimple() ? code.getSignature().positionalCount() : -1;
    }

    @Specialization(guards = {"callee.getCode() == cachedCode", "kwNames.length == 0", "args.length == arity"}, limit = "INLINE_CACHE")
    protected static Object callSimple(PFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("callee.getCode()") PCode cachedCode,
                    @Cached("simpleArity(cachedCode)") int arity,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        Object[] frameArgs = new Object[arity + 1];
        frameArgs[0] = callee;
        System.arraycopy(args, 0, frameArgs, 1, arity);
        return call.call(frameArgs);
    }

    @Specialization(guards = "callee.getCode() == cachedCode", limit = "INLINE_CACHE")
    protected static Object callBinding(PFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("callee.getCode()") PCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        return call.call(ArgumentBinder.bindFunction(callee, args, kwNames, kwValues));
    }

    @Specialization(replaces = {"callSimple", "callBinding"})
    protected static Object callIndirect(PFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached IndirectCallNode call) {
        return call.call(callee.getCallTarget(), ArgumentBinder.bindFunction(callee, args, kwNames, kwValues));
    }

    @Specialization
    protected static Object callBuiltin(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return invokeBuiltin(callee, args, kwNames, kwValues);
    }

    @TruffleBoundary
    static Object invokeBuiltin(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return callee.getBody().call(ArgumentBinder.bindBuiltin(callee, args, kwNames, kwValues));
    }

    @Specialization
    protected static Object callBoundMethod(PMethod callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached CallDispatchNode inner) {
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = callee.getSelf();
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return inner.executeCall(callee.getFunction(), withSelf, kwNames, kwValues);
    }

    @Fallback
    protected static Object callOther(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return callGeneric(callee, args, kwNames, kwValues);
    }

    @TruffleBoundary
    static Object callGeneric(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return PyCall.callKw(callee, args, kwNames, kwValues);
    }
}
