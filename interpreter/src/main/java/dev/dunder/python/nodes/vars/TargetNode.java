package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** Something that can be assigned to or deleted: a name, an attribute, a subscript, or a tuple/list of targets. */
public abstract class TargetNode extends Node {
    public abstract void executeAssign(VirtualFrame frame, Object value);

    public abstract void executeDelete(VirtualFrame frame);
}
