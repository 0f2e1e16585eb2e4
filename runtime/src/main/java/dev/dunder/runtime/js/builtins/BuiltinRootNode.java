package dev.dunder.runtime.js.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSFunction;

/**
 * The call target of a builtin: unpacks the arguments array and runs the Java body.
 * The body runs behind a boundary: builtins are library code, not something the
 * compiler should inline into every caller.
 */
public final class BuiltinRootNode extends RootNode {
    private final String name;
    private final Builtin body;

    public BuiltinRootNode(TruffleLanguage<?> language, String name, Builtin body) {
        super(language);
        this.name = name;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        return run(args);
    }

    @TruffleBoundary
    private Object run(Object[] frameArgs) {
        Object[] args = new Object[frameArgs.length - JSFunction.FIRST_ARGUMENT];
        System.arraycopy(frameArgs, JSFunction.FIRST_ARGUMENT, args, 0, args.length);
        try {
            return body.call(frameArgs[JSFunction.THIS], args, frameArgs[JSFunction.NEW_TARGET]);
        } catch (StackOverflowError e) {
            throw Errors.rangeError("Maximum call stack size exceeded");
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String toString() {
        return "builtin " + name;
    }
}
