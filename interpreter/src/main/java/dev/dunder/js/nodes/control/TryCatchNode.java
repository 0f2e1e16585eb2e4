package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
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
            handle(frame, Errors.rangeError("Maximum call stack size exceeded"));
        }
    }

    private void handle(VirtualFrame frame, JSException e) {
        if (scopeInit != null) {
            scopeInit.executeVoid(frame);
        }
        if (param != null) {
            param.execute(frame, e.getValue());
        }
        handler.executeVoid(frame);
    }
}
