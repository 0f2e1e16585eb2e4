package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PySequences;

/** Assigns a name in a class body or exec namespace: {@code namespace[name] = value}. */
public final class NameTarget extends TargetNode {
    private final String name;

    public NameTarget(String name) {
        this.name = name;
    }

    @Override
    public void executeAssign(VirtualFrame frame, Object value) {
        store(frame.getObject(FrameLayout.NAMESPACE), value);
    }

    @TruffleBoundary
    private void store(Object ns, Object value) {
        if (ns instanceof PDict d && d.getPyClass() == PyTypes.DICT) {
            d.setItem(name, value);
        } else {
            PySequences.setItem(ns, name, value);
        }
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        remove(frame.getObject(FrameLayout.NAMESPACE));
    }

    @TruffleBoundary
    private void remove(Object ns) {
        if (ns instanceof PDict d && d.getPyClass() == PyTypes.DICT) {
            if (d.removeItem(name) == null) {
                throw PyErrors.nameError(name);
            }
        } else {
            PySequences.delItem(ns, name);
        }
    }
}
