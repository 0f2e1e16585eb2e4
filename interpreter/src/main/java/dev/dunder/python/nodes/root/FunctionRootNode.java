package dev.dunder.python.nodes.root;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ReturnException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.PythonLanguage;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PNone;

/**
 * A Python function's frame: arguments into slots, the body, {@code return} by
 * exception, the recursion limit ({@code RecursionError} at depth 1000 by default, and
 * for a Java stack overflow), and the traceback hand-off to the caller.
 */
public final class FunctionRootNode extends PythonRootNode {
    @Child private FrameSetup setup;
    @Child private StatementNode body;
    private final boolean isExpression;

    public FunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, String qualname, SourceSection section,
                    FrameSetup setup, StatementNode body, boolean isExpression) {
        super(language, descriptor, name, qualname, section);
        this.setup = setup;
        this.body = body;
        this.isExpression = isExpression;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        PFunction function = (PFunction) args[0];
        PythonContext ctx = PythonLanguage.context(this);
        if (!ctx.enterFrame()) {
            ctx.exitFrame();
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.recursionError();
        }
        try {
            setup.execute(frame, function, args, 1);
            if (isExpression) {
                return ((dev.dunder.common.nodes.ExpressionNode) body).executeGeneric(frame);
            }
            body.executeVoid(frame);
            return PNone.NONE;
        } catch (ReturnException r) {
            return r.getValue();
        } catch (PythonException e) {
            throw e.leaveFrame();
        } catch (StackOverflowError so) {
            CompilerDirectives.transferToInterpreter();
            PythonException e = PyErrors.recursionError();
            throw e.leaveFrame();
        } finally {
            ctx.exitFrame();
        }
    }
}
