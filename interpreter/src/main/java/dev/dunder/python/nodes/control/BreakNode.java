package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.python.nodes.PyStatementNode;

/** {@code break}. */
public final class BreakNode extends PyStatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}
