package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.access.PrivateAccess;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.objects.PrivateName;

/** {@code #x in obj}: does the object carry this class's private name (the brand check)? */
public final class PrivateInNode extends ExpressionNode {
    @Child private ExpressionNode name;
    @Child private ExpressionNode object;
    private final int pos;

    public PrivateInNode(ExpressionNode name, ExpressionNode object, int pos) {
        this.name = name;
        this.object = object;
        this.pos = pos;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object o = object.executeGeneric(frame);
        try {
            return PrivateAccess.has(o, (PrivateName) name.executeGeneric(frame));
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
    }
}
