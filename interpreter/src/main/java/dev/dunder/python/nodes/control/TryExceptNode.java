package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PBaseException;

/**
 * {@code try: ... except ...: ... else: ...}. While a handler runs, its exception is
 * the "currently handled" one (sys.exc_info(), bare raise, implicit __context__).
 */
public final class TryExceptNode extends PyStatementNode {
    @Child private StatementNode body;
    @Children private final ExceptHandler[] handlers;
    @Child private StatementNode orelse;

    public TryExceptNode(StatementNode body, ExceptHandler[] handlers, StatementNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PythonException e) {
            handle(frame, e);
            return;
        } catch (StackOverflowError so) {
            handle(frame, dev.dunder.runtime.python.PyErrors.recursionError());
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PythonException e) {
        PBaseException exc = e.getException();
        if (!e.isFrameRecorded()) {
            e.recordFrame(this);
        }
        for (ExceptHandler h : handlers) {
            boolean match;
            try {
                match = h.matches(frame, exc);
            } catch (PythonException bad) {
                throw bad;
            }
            if (match) {
                PythonContext ctx = PythonLanguage.context(this);
                int depth = ctx.handledDepth();
                ctx.pushHandled(exc);
                try {
                    h.run(frame, exc);
                } finally {
                    ctx.truncateHandled(depth);
                }
                return;
            }
        }
        throw e;
    }
}
