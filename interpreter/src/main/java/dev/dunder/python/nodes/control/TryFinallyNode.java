package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;

/** {@code try: ... finally: ...}: the finally block runs on every way out (return, break, exception). */
public final class TryFinallyNode extends PyStatementNode {
    @Child private StatementNode body;
    @Child private StatementNode finalBody;

    public TryFinallyNode(StatementNode body, StatementNode finalBody) {
        this.body = body;
        this.finalBody = finalBody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PythonException e) {
            if (!e.isFrameRecorded()) {
                e.recordFrame(this);
            }
            PythonContext ctx = PythonLanguage.context(this);
            int depth = ctx.handledDepth();
            ctx.pushHandled(e.getException());
            try {
                finalBody.executeVoid(frame);
            } finally {
                ctx.truncateHandled(depth);
            }
            throw e;
        } catch (ControlFlowException c) {
            if (c instanceof dev.dunder.python.nodes.generator.YieldException) {
                throw c;
            }
            finalBody.executeVoid(frame);
            throw c;
        }
        finalBody.executeVoid(frame);
    }
}
