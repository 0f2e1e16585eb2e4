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
    /** The tested expression (a child of {@link #test}): CPython underlines it in the traceback. */
    private final ExpressionNode testExpression;

    public AssertNode(ConditionNode test, ExpressionNode testExpression, ExpressionNode message) {
        this.test = test;
        this.testExpression = testExpression;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.execute(frame)) {
            Object msg = message == null ? null : message.executeGeneric(frame);
            PythonException e = fail(msg);
            if (testExpression instanceof dev.dunder.python.nodes.PyExpressionNode pe) {
                e.recordFrame(pe);
            }
            throw located(e);
        }
    }

    @TruffleBoundary
    private static PythonException fail(Object msg) {
        Object e = msg == null ? PyCall.call(PyTypes.ASSERTION_ERROR) : PyCall.call(PyTypes.ASSERTION_ERROR, msg);
        return PyErrors.toThrow((PBaseException) e);
    }
}
