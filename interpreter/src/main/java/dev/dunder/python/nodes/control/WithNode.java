package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.vars.TargetNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyTruth;

/**
 * {@code with manager as target: body} (one item; several items nest). {@code __enter__} and
 * {@code __exit__} are looked up on the type; a true result from {@code __exit__}
 * swallows the exception.
 */
public final class WithNode extends PyStatementNode {
    @Child private ExpressionNode manager;
    @Child private TargetNode target;
    @Child private StatementNode body;

    public WithNode(ExpressionNode manager, TargetNode target, StatementNode body) {
        this.manager = manager;
        this.target = target;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr = manager.executeGeneric(frame);
        Object[] methods;
        Object entered;
        try {
            methods = lookup(mgr);
            entered = PyCall.callMethod(methods[0], mgr);
        } catch (PythonException e) {
            throw located(e);
        }
        if (target != null) {
            target.executeAssign(frame, entered);
        }
        try {
            body.executeVoid(frame);
        } catch (PythonException e) {
            if (!e.isFrameRecorded()) {
                e.recordFrame(this);
            }
            if (!exitWith(mgr, methods[1], e.getException())) {
                throw e;
            }
            return;
        } catch (ControlFlowException c) {
            if (c instanceof dev.dunder.python.nodes.generator.YieldException) {
                throw c;
            }
            exitNormally(mgr, methods[1]);
            throw c;
        }
        exitNormally(mgr, methods[1]);
    }

    @TruffleBoundary
    private static Object[] lookup(Object mgr) {
        PyType t = PyTypes.typeOf(mgr);
        Object enter = t.lookup("__enter__");
        Object exit = t.lookup("__exit__");
        if (enter == null) {
            throw PyErrors.typeError("'%s' object does not support the context manager protocol", t.getTpName());
        }
        if (exit == null) {
            throw PyErrors.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)", t.getTpName());
        }
        return new Object[]{enter, exit};
    }

    private void exitNormally(Object mgr, Object exit) {
        try {
            callExit(mgr, exit, PNone.NONE, PNone.NONE, PNone.NONE);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    private boolean exitWith(Object mgr, Object exit, PBaseException e) {
        PythonContext ctx = PythonLanguage.context(this);
        int depth = ctx.handledDepth();
        ctx.pushHandled(e);
        try {
            return PyTruth.isTrue(callExit(mgr, exit, e.getPyClass(), e, tracebackOf(e)));
        } finally {
            ctx.truncateHandled(depth);
        }
    }

    @TruffleBoundary
    private static Object tracebackOf(PBaseException e) {
        return dev.dunder.runtime.python.model.AttributeLookup.getAttribute(e, "__traceback__");
    }

    @TruffleBoundary
    private static Object callExit(Object mgr, Object exit, Object type, Object value, Object tb) {
        return PyCall.callMethod(exit, mgr, type, value, tb);
    }
}
