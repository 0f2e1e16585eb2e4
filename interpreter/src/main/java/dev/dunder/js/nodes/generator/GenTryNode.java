package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.patterns.BindingTargetNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;

/**
 * {@code try} in a generator. The phase (in the block, the handler or the finalizer)
 * and the completion the finalizer must resume afterwards live in frame slots, so a
 * generator suspended in any part continues there. A suspension is not a completion:
 * it leaves the statement without running the handler or the finalizer.
 */
public final class GenTryNode extends StatementNode {
    private static final int TRY = 0;
    private static final int CATCH = 1;
    private static final int FINALLY = 2;

    @Child private StatementNode block;
    @Child private StatementNode scopeInit;
    @Child private BindingTargetNode param;
    @Child private StatementNode handler;
    @Child private StatementNode finalizer;
    private final GeneratorSlots slots;
    private final int phaseSlot;
    private final int pendingSlot;

    public GenTryNode(StatementNode block, StatementNode scopeInit, BindingTargetNode param, StatementNode handler, StatementNode finalizer,
                    GeneratorSlots slots, int phaseSlot, int pendingSlot) {
        this.block = block;
        this.scopeInit = scopeInit;
        this.param = param;
        this.handler = handler;
        this.finalizer = finalizer;
        this.slots = slots;
        this.phaseSlot = phaseSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean resuming = slots.isResuming(frame);
        int phase = resuming ? (Integer) frame.getObject(phaseSlot) : TRY;
        RuntimeException pending = resuming ? (RuntimeException) frame.getObject(pendingSlot) : null;
        JSException caught = null;
        if (phase == TRY) {
            frame.setObject(phaseSlot, TRY);
            frame.setObject(pendingSlot, null);
            phase = FINALLY;
            try {
                block.executeVoid(frame);
            } catch (YieldException y) {
                throw y;
            } catch (JSException e) {
                if (handler != null) {
                    caught = e;
                    phase = CATCH;
                } else {
                    pending = e;
                }
            } catch (ControlFlowException e) {
                pending = e;
            } catch (StackOverflowError e) {
                CompilerDirectives.transferToInterpreter();
                JSException error = Errors.rangeError("Maximum call stack size exceeded");
                if (handler != null) {
                    caught = error;
                    phase = CATCH;
                } else {
                    pending = error;
                }
            }
        }
        if (phase == CATCH) {
            frame.setObject(phaseSlot, CATCH);
            try {
                if (caught != null) {
                    if (scopeInit != null) {
                        scopeInit.executeVoid(frame);
                    }
                    if (param != null) {
                        param.execute(frame, caught.getValue());
                    }
                }
                handler.executeVoid(frame);
            } catch (YieldException y) {
                throw y;
            } catch (JSException | ControlFlowException e) {
                if (finalizer == null) {
                    throw e;
                }
                pending = e;
            }
            phase = FINALLY;
        }
        if (finalizer != null) {
            frame.setObject(phaseSlot, FINALLY);
            frame.setObject(pendingSlot, pending);
            finalizer.executeVoid(frame);
            frame.setObject(pendingSlot, null);
        }
        if (pending != null) {
            throw pending;
        }
    }
}
