package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ContinueException;
import dev.dunder.python.nodes.PyStatementNode;

/** {@code continue}. */
public final class ContinueNode extends PyStatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw ContinueException.INSTANCE;
    }
}
