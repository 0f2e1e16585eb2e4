package dev.dunder.python.nodes.collections;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.python.nodes.ops.Anchors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PySequences;

/** {@code container[key]}: direct for lists and tuples indexed by ints, else {@code __getitem__}. */
@NodeChild(value = "container", type = ExpressionNode.class)
@NodeChild(value = "key", type = ExpressionNode.class)
public abstract class GetItemNode extends PyExpressionNode {

    public abstract ExpressionNode getContainer();

    public abstract ExpressionNode getKey();

    protected static boolean isList(PList l) {
        return l.getPyClass() == PyTypes.LIST;
    }

    protected static boolean isTuple(PTuple t) {
        return t.getPyClass() == PyTypes.TUPLE;
    }

    @Specialization(guards = {"isList(list)", "index >= 0", "index < list.size()"})
    protected static Object listItem(PList list, long index) {
        return list.get((int) index);
    }

    @Specialization(guards = {"isTuple(tuple)", "index >= 0", "index < tuple.size()"})
    protected static Object tupleItem(PTuple tuple, long index) {
        return tuple.get((int) index);
    }

    @Specialization
    protected Object generic(Object container, Object key) {
        try {
            return getItem(container, key);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static Object getItem(Object container, Object key) {
        return PySequences.getItem(container, key);
    }

    @Override
    public int[] getCaretAnchors() {
        return Anchors.subscript(this, getContainer(), getKey());
    }
}
