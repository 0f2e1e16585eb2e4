package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyIter;

/** {@code a, *b, c = value}: iterate the value and hand the items to the sub-targets. */
public final class UnpackTarget extends TargetNode {
    @Children private final TargetNode[] targets;
    /** Index of the starred target, or -1. */
    private final int starIndex;

    public UnpackTarget(TargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void executeAssign(VirtualFrame frame, Object value) {
        Object[] items = unpack(value);
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeAssign(frame, items[i]);
        }
    }

    @TruffleBoundary
    private Object[] unpack(Object value) {
        int n = targets.length;
        Object[] all;
        if (value instanceof PTuple t && t.getPyClass() == PyTypes.TUPLE) {
            all = t.getItems();
        } else if (value instanceof PList l && l.getPyClass() == PyTypes.LIST) {
            all = l.toArray();
        } else {
            Object it;
            try {
                it = PyIter.iter(value);
            } catch (PythonException e) {
                if (e.getException().getPyClass() == PyTypes.TYPE_ERROR) {
                    throw PyErrors.typeError("cannot unpack non-iterable %s object", PyErrors.typeName(value));
                }
                throw e;
            }
            if (starIndex < 0) {
                Object[] out = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = PyIter.next(it);
                    if (v == null) {
                        throw PyErrors.valueError("not enough values to unpack (expected %d, got %d)", n, i);
                    }
                    out[i] = v;
                }
                if (PyIter.next(it) != null) {
                    throw PyErrors.valueError("too many values to unpack (expected %d)", n);
                }
                return out;
            }
            java.util.List<Object> list = new java.util.ArrayList<>();
            Object v;
            while ((v = PyIter.next(it)) != null) {
                list.add(v);
            }
            all = list.toArray();
        }
        if (starIndex < 0) {
            if (all.length != n) {
                if (all.length < n) {
                    throw PyErrors.valueError("not enough values to unpack (expected %d, got %d)", n, all.length);
                }
                throw PyErrors.valueError("too many values to unpack (expected %d)", n);
            }
            return all;
        }
        int after = n - starIndex - 1;
        if (all.length < n - 1) {
            throw PyErrors.valueError("not enough values to unpack (expected at least %d, got %d)", n - 1, all.length);
        }
        Object[] out = new Object[n];
        System.arraycopy(all, 0, out, 0, starIndex);
        out[starIndex] = new PList(java.util.Arrays.copyOfRange(all, starIndex, all.length - after));
        System.arraycopy(all, all.length - after, out, starIndex + 1, after);
        return out;
    }

    @Override
    @ExplodeLoop
    public void executeDelete(VirtualFrame frame) {
        for (TargetNode t : targets) {
            t.executeDelete(frame);
        }
    }
}
