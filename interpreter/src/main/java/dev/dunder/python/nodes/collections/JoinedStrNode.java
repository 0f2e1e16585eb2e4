package dev.dunder.python.nodes.collections;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;

/** An f-string: its literal parts and formatted fields concatenated. */
public final class JoinedStrNode extends PyExpressionNode {
    @Children private final ExpressionNode[] parts;

    public JoinedStrNode(ExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        String[] strings = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            strings[i] = (String) parts[i].executeGeneric(frame);
        }
        return join(strings);
    }

    @TruffleBoundary
    private static String join(String[] strings) {
        return String.join("", strings);
    }
}
