package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.attr.SetAttributeNode;
import dev.dunder.runtime.python.model.AttributeLookup;

/** {@code obj.name = value} / {@code del obj.name}. */
public final class AttributeTarget extends TargetNode {
    @Child private ExpressionNode receiver;
    @Child private SetAttributeNode set;
    private final String name;

    public AttributeTarget(ExpressionNode receiver, String name) {
        this.receiver = receiver;
        this.name = name;
        this.set = SetAttributeNode.create(name);
    }

    @Override
    public void executeAssign(VirtualFrame frame, Object value) {
        Object obj = receiver.executeGeneric(frame);
        try {
            set.execute(obj, value);
        } catch (dev.dunder.runtime.python.PythonException e) {
            throw located(e);
        }
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        Object obj = receiver.executeGeneric(frame);
        try {
            delete(obj, name);
        } catch (dev.dunder.runtime.python.PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static void delete(Object obj, String name) {
        AttributeLookup.deleteAttribute(obj, name);
    }
}
