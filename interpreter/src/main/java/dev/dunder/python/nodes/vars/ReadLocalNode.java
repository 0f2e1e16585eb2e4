package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PyErrors;

/** A local variable of a function (a frame slot); reading it before assignment is UnboundLocalError. */
public final class ReadLocalNode extends PyExpressionNode {
    private final int slot;
    private final String name;

    public ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = frame.getObject(slot);
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw located(PyErrors.unboundLocal(name));
        }
        return v;
    }
}
