package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.control.ExceptHandler;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PBaseException;

/**
 * {@code try}/{@code except}/{@code else}/{@code finally} in a generator, resumable in any
 * part. The state slot says which part is running: BODY, a handler (HANDLER + index),
 * ELSE or FINALLY; the pending outcome (exception or control flow) that the finally
 * block must re-raise waits in a slot across suspensions.
 */
public final class GenTryNode extends PyStatementNode {
    private static final int BODY = 1;
    private static final int ELSE = 2;
    private static final int FINALLY = 3;
    private static final int HANDLER = 10;

    @Child private StatementNode body;
    @Children private final ExceptHandler[] handlers;
    @Child private StatementNode orelse;
    @Child private StatementNode finalBody;
    private final GeneratorSlots slots;
    private final int stateSlot;
    private final int pendingSlot;

    public GenTryNode(StatementNode body, ExceptHandler[] handlers, StatementNode orelse, StatementNode finalBody, GeneratorSlots slots, int stateSlot,
                    int pendingSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalBody = finalBody;
        this.slots = slots;
        this.stateSlot = stateSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = BODY;
        if (slots.isResuming(frame)) {
            state = (Integer) frame.getObject(stateSlot);
        } else {
            frame.setObject(pendingSlot, null);
        }
        Object pending = null;
        if (state != FINALLY) {
            try {
                runProtected(frame, state);
            } catch (YieldException y) {
                throw y;
            } catch (PythonException e) {
                if (!e.isFrameRecorded()) {
                    e.recordFrame(this);
                }
                pending = e;
            } catch (ControlFlowException c) {
                pending = c;
            }
            if (finalBody == null) {
                frame.setObject(stateSlot, 0);
                rethrow(pending);
                return;
            }
            frame.setObject(stateSlot, FINALLY);
            frame.setObject(pendingSlot, pending);
        } else {
            pending = frame.getObject(pendingSlot);
        }
        PythonContext ctx = PythonLanguage.context(this);
        int depth = ctx.handledDepth();
        if (pending instanceof PythonException pe) {
            ctx.pushHandled(pe.getException());
        }
        try {
            finalBody.executeVoid(frame);
        } finally {
            ctx.truncateHandled(depth);
        }
        frame.setObject(stateSlot, 0);
        frame.setObject(pendingSlot, null);
        rethrow(pending);
    }

    private static void rethrow(Object pending) {
        if (pending instanceof PythonException e) {
            throw e;
        }
        if (pending instanceof ControlFlowException c) {
            throw c;
        }
    }

    /** The body, else, or (when resuming there) a handler; an exception from the body selects a handler. */
    private void runProtected(VirtualFrame frame, int state) {
        if (state >= HANDLER) {
            runHandler(frame, state - HANDLER, (PBaseException) frame.getObject(pendingSlot), false);
            return;
        }
        if (state == BODY) {
            frame.setObject(stateSlot, BODY);
            try {
                body.executeVoid(frame);
            } catch (PythonException e) {
                if (handlers.length == 0) {
                    throw e;
                }
                if (!e.isFrameRecorded()) {
                    e.recordFrame(this);
                }
                for (int i = 0; i < handlers.length; i++) {
                    if (handlers[i].matches(frame, e.getException())) {
                        frame.setObject(stateSlot, HANDLER + i);
                        frame.setObject(pendingSlot, e.getException());
                        runHandler(frame, i, e.getException(), true);
                        return;
                    }
                }
                throw e;
            }
        }
        if (orelse != null) {
            frame.setObject(stateSlot, ELSE);
            orelse.executeVoid(frame);
        }
    }

    private void runHandler(VirtualFrame frame, int index, PBaseException exc, boolean fresh) {
        PythonContext ctx = PythonLanguage.context(this);
        int depth = ctx.handledDepth();
        ctx.pushHandled(exc);
        try {
            if (fresh) {
                handlers[index].run(frame, exc);
            } else {
                handlers[index].resume(frame, exc);
            }
        } finally {
            ctx.truncateHandled(depth);
        }
        frame.setObject(pendingSlot, null);
    }
}
