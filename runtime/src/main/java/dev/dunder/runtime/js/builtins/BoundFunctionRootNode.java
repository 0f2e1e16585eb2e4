package dev.dunder.runtime.js.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * A bound function exotic object's [[Call]] and [[Construct]] (§10.4.1): its captures
 * are {target, boundThis, boundArguments}; the call forwards with the bound
 * {@code this} and arguments in front; {@code new} ignores the bound {@code this}.
 */
public final class BoundFunctionRootNode extends RootNode {
    public BoundFunctionRootNode(TruffleLanguage<?> language) {
        super(language);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(frame.getArguments());
    }

    @TruffleBoundary
    private static Object run(Object[] frameArgs) {
        JSFunction bound = (JSFunction) frameArgs[JSFunction.FUNCTION];
        Object[] captures = bound.getCaptures();
        Object target = captures[0];
        Object[] boundArgs = (Object[]) captures[2];
        int n = frameArgs.length - JSFunction.FIRST_ARGUMENT;
        Object[] args = new Object[boundArgs.length + n];
        System.arraycopy(boundArgs, 0, args, 0, boundArgs.length);
        System.arraycopy(frameArgs, JSFunction.FIRST_ARGUMENT, args, boundArgs.length, n);
        Object newTarget = frameArgs[JSFunction.NEW_TARGET];
        if (newTarget == Undefined.INSTANCE) {
            return JSRuntime.call(target, captures[1], args);
        }
        return JSRuntime.construct(target, args, newTarget == bound ? target : newTarget);
    }

    @Override
    public String getName() {
        return "bound";
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
