package dev.dunder.python.nodes.generator;

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
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyTruth;

/** {@code with} in a generator: the manager and its {@code __exit__} wait in slots while the body is suspended. */
public final class GenWithNode extends PyStatementNode {
    @Child private ExpressionNode manager;
    @Child private TargetNode target;
    @Child private StatementNode body;
    private final GeneratorSlots slots;
    private final int managerSlot;
    private final int exitSlot;

    public GenWithNode(ExpressionNode manager, TargetNode target, StatementNode body, GeneratorSlots slots, int managerSlot, int exitSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.slots = slots;
        this.managerSlot = managerSlot;
        this.exitSlot = exitSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean inBody = slots.isResuming(frame) && frame.getObject(exitSlot) != null;
        if (!inBody) {
            Object mgr = manager.executeGeneric(frame);
            Object entered;
            try {
                Object[] methods = lookup(mgr);
                entered = PyCall.callMethod(methods[0], mgr);
                frame.setObject(managerSlot, mgr);
                frame.setObject(exitSlot, methods[1]);
            } catch (PythonException e) {
                throw located(e);
            }
            if (target != null) {
                target.executeAssign(frame, entered);
            }
        }
        Object mgr = frame.getObject(managerSlot);
        Object exit = frame.getObject(exitSlot);
        try {
            body.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (PythonException e) {
            clear(frame);
            if (!e.isFrameRecorded()) {
                e.recordFrame(this);
            }
            PythonContext ctx = PythonLanguage.context(this);
            int depth = ctx.handledDepth();
            ctx.pushHandled(e.getException());
            boolean swallow;
            try {
                swallow = PyTruth.isTrue(callExit(mgr, exit, e.getException().getPyClass(), e.getException(),
                                AttributeLookup.getAttribute(e.getException(), "__traceback__")));
            } finally {
                ctx.truncateHandled(depth);
            }
            if (!swallow) {
                throw e;
            }
            return;
        } catch (ControlFlowException c) {
            clear(frame);
            callExit(mgr, exit, PNone.NONE, PNone.NONE, PNone.NONE);
            throw c;
        }
        clear(frame);
        try {
            callExit(mgr, exit, PNone.NONE, PNone.NONE, PNone.NONE);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    private void clear(VirtualFrame frame) {
        frame.setObject(managerSlot, null);
        frame.setObject(exitSlot, null);
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

    @TruffleBoundary
    private static Object callExit(Object mgr, Object exit, Object type, Object value, Object tb) {
        return PyCall.callMethod(exit, mgr, type, value, tb);
    }
}
