package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.PyCall;

/**
 * An expression statement typed at the REPL: its value goes to {@code sys.displayhook},
 * which prints the repr and keeps the value in {@code builtins._} (CPython's 'single' mode).
 */
public final class DisplayStatementNode extends PyStatementNode {
    @Child private ExpressionNode value;

    public DisplayStatementNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        try {
            display(v);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static void display(Object v) {
        Object hook = DynamicObjectLibrary.getUncached().getOrDefault(PythonContext.current().getSys(), "displayhook", null);
        if (hook == null) {
            throw PyErrors.runtimeError("lost sys.displayhook");
        }
        PyCall.call(hook, v);
    }
}
