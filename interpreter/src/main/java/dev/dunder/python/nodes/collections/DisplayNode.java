package dev.dunder.python.nodes.collections;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PSet;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyIter;

/** {@code [a, *b]}, {@code (a, *b)}, {@code {a, *b}}: the items in order, starred ones unpacked. */
public final class DisplayNode extends PyExpressionNode {
    public enum Kind {
        LIST,
        TUPLE,
        SET
    }

    @Children private final ExpressionNode[] items;
    private final boolean[] starred;
    private final boolean anyStarred;
    private final Kind kind;

    public DisplayNode(Kind kind, ExpressionNode[] items, boolean[] starred) {
        this.kind = kind;
        this.items = items;
        this.starred = starred;
        boolean any = false;
        for (boolean s : starred) {
            any |= s;
        }
        this.anyStarred = any;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = items[i].executeGeneric(frame);
        }
        try {
            return build(values);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    private Object build(Object[] values) {
        if (anyStarred) {
            values = expand(values);
        }
        switch (kind) {
            case LIST:
                return new PList(values);
            case TUPLE:
                return new PTuple(values);
            default:
                return makeSet(values);
        }
    }

    @TruffleBoundary
    private static PSet makeSet(Object[] values) {
        PSet s = PSet.newSet();
        for (Object v : values) {
            s.getTable().add(v);
        }
        return s;
    }

    @TruffleBoundary
    private Object[] expand(Object[] values) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                Object v = values[i];
                if (PyTypes.typeOf(v).lookup("__iter__") == null && PyTypes.typeOf(v).lookup("__getitem__") == null) {
                    throw PyErrors.typeError("Value after * must be an iterable, not %s", PyErrors.typeName(v));
                }
                for (Object x : PyIter.toArray(v)) {
                    out.add(x);
                }
            } else {
                out.add(values[i]);
            }
        }
        return out.toArray();
    }
}
