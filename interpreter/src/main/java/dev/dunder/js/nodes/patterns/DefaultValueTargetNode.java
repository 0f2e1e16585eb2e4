package dev.dunder.js.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.objects.Undefined;

/** {@code target = default}: the default replaces undefined (and only undefined). */
public final class DefaultValueTargetNode extends BindingTargetNode {
    @Child private BindingTargetNode target;
    @Child private ExpressionNode defaultValue;

    public DefaultValueTargetNode(BindingTargetNode target, ExpressionNode defaultValue) {
        this.target = target;
        this.defaultValue = defaultValue;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        target.execute(frame, value == Undefined.INSTANCE ? defaultValue.executeGeneric(frame) : value);
    }
}
