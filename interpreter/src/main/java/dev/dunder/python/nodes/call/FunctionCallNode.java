package dev.dunder.python.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.python.model.ArgumentBinder;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PCode;
import dev.dunder.runtime.python.objects.PFunction;

/**
 * Calls a Python function, with an optional receiver placed before the arguments (a bound
 * method's {@code self}, or the new instance for {@code __init__}) so that no bound-method
 * object or prepended argument array is needed. One direct call per code object keeps
 * the callee inlinable; a purely positional call matching simple parameters skips the
 * argument binder.
 */
public abstract class FunctionCallNode extends Node {
    /** Distinct code objects one call site sees before it calls indirectly. */
    protected static final int INLINE_CACHE = 4;

    /** {@code self} is null when there is no receiver. */
    public abstract Object execute(PFunction function, Object self, Object[] args, String[] kwNames, Object[] kwValues);

    public static FunctionCallNode create() {
        return FunctionCallNodeGen.create();
    }

    protected static int simpleArity(PCode code) {
        return code.getSignature().isSimple() ? code.getSignature().positionalCount() : -1;
    }

    protected static int count(Object self, Object[] args) {
        return self == null ? args.length : args.length + 1;
    }

    @Specialization(guards = {"function.getCode() == cachedCode", "kwNames.length == 0", "count(self, args) == arity"}, limit = "INLINE_CACHE")
    protected static Object callSimple(PFunction function, Object self, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("function.getCode()") PCode cachedCode,
                    @Cached("simpleArity(cachedCode)") int arity,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        Object[] frameArgs = new Object[arity + 1];
        frameArgs[0] = function;
        int at = 1;
        if (self != null) {
            frameArgs[at++] = self;
        }
        System.arraycopy(args, 0, frameArgs, at, args.length);
        return call.call(frameArgs);
    }

    @Specialization(guards = "function.getCode() == cachedCode", limit = "INLINE_CACHE")
    protected static Object callBinding(PFunction function, Object self, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("function.getCode()") PCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        return call.call(bind(function, self, args, kwNames, kwValues));
    }

    @Specialization(replaces = {"callSimple", "callBinding"})
    protected static Object callIndirect(PFunction function, Object self, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached IndirectCallNode call) {
        return call.call(function.getCallTarget(), bind(function, self, args, kwNames, kwValues));
    }

    @TruffleBoundary
    private static Object[] bind(PFunction function, Object self, Object[] args, String[] kwNames, Object[] kwValues) {
        return ArgumentBinder.bindFunction(function, self == null ? args : PyCall.prepend(self, args), kwNames, kwValues);
    }
}
