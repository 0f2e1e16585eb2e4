package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;

/**
 * {@code try {...} finally {...}}: the finalizer runs however the block ends
 * (normally, by exception, {@code return}, {@code break}, {@code continue}); a
 * finalizer that itself jumps or throws overrides the block's completion.
 */
public final class TryFinallyNode extends StatementNode {
    @Child private StatementNode block;
    @Child private StatementNode finalizer;

    public TryFinallyNode(StatementNode block, StatementNode finalizer) {
        this.block = block;
        this.finalizer = finalizer;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            block.executeVoid(frame);
        } catch (ControlFlowException | JSException e) {
            finalizer.executeVoid(frame);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            JSException error = Errors.rangeError("Maximum call stack size exceeded");
            finalizer.executeVoid(frame);
            throw error;
        }
        finalizer.executeVoid(frame);
    }
}
