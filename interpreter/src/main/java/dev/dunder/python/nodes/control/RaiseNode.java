package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.builtins.Builtins;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/** {@code raise}, {@code raise exc}, {@code raise exc from cause}. */
public final class RaiseNode extends PyStatementNode {
    @Child private ExpressionNode exception;
    @Child private ExpressionNode cause;

    public RaiseNode(ExpressionNode exception, ExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (exception == null) {
            throw reraise();
        }
        Object exc = exception.executeGeneric(frame);
        Object c = cause == null ? null : cause.executeGeneric(frame);
        throw located(raise(exc, c));
    }

    @TruffleBoundary
    private PythonException reraise() {
        PBaseException handled = PythonLanguage.context(this).currentHandled();
        if (handled == null) {
            return located(PyErrors.runtimeError("No active exception to reraise"));
        }
        return PythonException.reraise(handled);
    }

    @TruffleBoundary
    private static PythonException raise(Object exc, Object cause) {
        PythonException e = Builtins.exceptionToRaise(exc, null);
        if (cause != null) {
            Object c = cause;
            if (c instanceof PyType t && t.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
                c = PyCall.call(t);
            } else if (c != PNone.NONE && !(c instanceof PBaseException)) {
                throw PyErrors.typeError("exception causes must derive from BaseException");
            }
            e.getException().setCause(c);
            e.getException().setSuppressContext(true);
        }
        return e;
    }
}
