package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.ops.ConditionNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PyTypes;

/** {@code assert test, message}. */
public final class AssertNode extends PyStatementNode {
    @Child private ConditionNode test;
    @Child private ExpressionNode message;

    public AssertNode(ConditionNode test, ExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.execute(frame)) {
            Object msg = message == null ? null : message.executeGeneric(frame);
            throw located(fail(msg));
        }
    }

    @TruffleBoundary
    private static PythonException fail(Object msg) {
        Object e = msg == null ? PyCall.call(PyTypes.ASSERTION_ERROR) : PyCall.call(PyTypes.ASSERTION_ERROR, msg);
        return PyErrors.toThrow((PBaseException) e);
    }
}
