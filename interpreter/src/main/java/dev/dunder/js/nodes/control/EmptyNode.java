package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;

/** {@code ;} and {@code debugger;}. */
public final class EmptyNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
    }
}
