package dev.dunder.python.nodes.collections;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PySequences;

/** {@code {k: v, **m}}: entries in order; a null key marks a {@code **mapping} entry. */
public final class DictDisplayNode extends PyExpressionNode {
    @Children private final ExpressionNode[] keys;
    @Children private final ExpressionNode[] values;

    public DictDisplayNode(ExpressionNode[] keys, ExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        PDict d = new PDict();
        for (int i = 0; i < values.length; i++) {
            Object k = keys[i] == null ? null : keys[i].executeGeneric(frame);
            Object v = values[i].executeGeneric(frame);
            try {
                put(d, k, v);
            } catch (PythonException e) {
                throw located(e);
            }
        }
        return d;
    }

    @TruffleBoundary
    private static void put(PDict d, Object k, Object v) {
        if (k != null) {
            d.setItem(k, v);
            return;
        }
        if (v instanceof PDict other) {
            var s = other.getStorage();
            for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
                d.setItem(s.keyAt(i), s.valueAt(i));
            }
            return;
        }
        Object keysMethod = PyTypes.typeOf(v).lookup("keys");
        if (keysMethod == null) {
            throw PyErrors.typeError("'%s' object is not a mapping", PyErrors.typeName(v));
        }
        for (Object key : PyIter.toArray(PyCall.callMethod(keysMethod, v))) {
            d.setItem(key, PySequences.getItem(v, key));
        }
    }
}
