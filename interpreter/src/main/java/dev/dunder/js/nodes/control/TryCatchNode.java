package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.patterns.BindingTargetNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;

/**
 * {@code try {...} catch (param) {...}}. A Java stack overflow inside the block is a
 * RangeError the handler can catch, as in V8.
 */
public final class TryCatchNode extends StatementNode {
    @Child private StatementNode block;
    @Child private StatementNode scopeInit;
    @Child private BindingTargetNode param;
    @Child private StatementNode handler;

    public TryCatchNode(StatementNode block, StatementNode scopeInit, BindingTargetNode param, StatementNode handler) {
        this.block = block;
        this.scopeInit = scopeInit;
        this.param = param;
        this.handler = handler;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            block.executeVoid(frame);
        } catch (JSException e) {
            handle(frame, e);
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            handle(frame, Errors.rangeError("Maximum call stack size exceeded").getValue());
        } catch (AbstractTruffleException e) {
            // another language's error thrown through JS code (a Python exception from a foreign call): catchable, the foreign object itself
            if (!isCatchableForeign(e)) {
                throw e;
            }
            handle(frame, e);
        }
    }

    @TruffleBoundary
    private static boolean isCatchableForeign(AbstractTruffleException e) {
        try {
            ExceptionType type = InteropLibrary.getUncached().getExceptionType(e);
            return type == ExceptionType.RUNTIME_ERROR;
        } catch (UnsupportedMessageException x) {
            return false;
        }
    }

    private void handle(VirtualFrame frame, JSException e) {
        handle(frame, e.getValue());
    }

    private void handle(VirtualFrame frame, Object thrown) {
        if (scopeInit != null) {
            scopeInit.executeVoid(frame);
        }
        if (param != null) {
            param.execute(frame, thrown);
        }
        handler.executeVoid(frame);
    }
}
