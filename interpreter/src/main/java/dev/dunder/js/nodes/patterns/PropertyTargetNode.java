package dev.dunder.js.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.access.ElementSetNode;
import dev.dunder.js.nodes.access.PropertySetNode;

/** Stores into {@code obj.key} or {@code obj[key]} inside a pattern (the object is evaluated when the value arrives). */
public final class PropertyTargetNode extends BindingTargetNode {
    @Child private ExpressionNode object;
    @Child private ExpressionNode key;
    @Child private PropertySetNode set;
    @Child private ElementSetNode setElement;

    public PropertyTargetNode(ExpressionNode object, ExpressionNode key, PropertySetNode set, ElementSetNode setElement) {
        this.object = object;
        this.key = key;
        this.set = set;
        this.setElement = setElement;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        Object o = object.executeGeneric(frame);
        if (set != null) {
            set.execute(o, value);
        } else {
            setElement.execute(o, key.executeGeneric(frame), value);
        }
    }
}
