package dev.dunder.python.nodes.root;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.vars.FrameLayout;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;

/**
 * Module-level code (a script, an imported module, exec'd or eval'd source). Called
 * with {@code [globals module, locals mapping or null]}. An expression body (eval, the
 * REPL) returns its value.
 */
public final class ModuleRootNode extends PythonRootNode {
    @Child private StatementNode body;
    /** The final expression statement, whose value the evaluation returns (polyglot eval, the REPL); may be null. */
    @Child private ExpressionNode result;

    public ModuleRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, SourceSection section, StatementNode body, ExpressionNode result) {
        super(language, descriptor, "<module>", "<module>", section);
        this.body = body;
        this.result = result;
    }

    private Object evaluateResult(VirtualFrame frame) {
        try {
            return result.executeGeneric(frame);
        } catch (PythonException e) {
            if (!e.isFrameRecorded() && result instanceof dev.dunder.python.nodes.PyExpressionNode pe) {
                e.recordFrame(pe);
            }
            throw e;
        }
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        frame.setObject(FrameLayout.GLOBALS, (PModule) args[0]);
        frame.setObject(FrameLayout.NAMESPACE, args.length > 1 ? args[1] : null);
        try {
            if (body instanceof ExpressionNode e) {
                return e.executeGeneric(frame);
            }
            body.executeVoid(frame);
            if (result != null) {
                return evaluateResult(frame);
            }
            return PNone.NONE;
        } catch (PythonException e) {
            throw e.leaveFrame();
        } catch (StackOverflowError so) {
            PythonException e = PyErrors.recursionError();
            throw e.leaveFrame();
        }
    }
}
