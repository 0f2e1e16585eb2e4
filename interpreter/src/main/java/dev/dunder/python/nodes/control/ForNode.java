package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ContinueException;
import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.vars.TargetNode;
import dev.dunder.runtime.common.Boxing;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PRange;
import dev.dunder.runtime.python.objects.PRangeIterator;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.objects.PSequenceIterator;
import dev.dunder.runtime.python.ops.PyIter;

/**
 * {@code for target in iterable: body else: orelse}. The iterator lives in a frame
 * slot (so a generator can suspend inside the loop); range iterators step without
 * boxing beyond the loop variable.
 */
public final class ForNode extends PyStatementNode {
    @Child private ExpressionNode iterable;
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int iteratorSlot;

    public ForNode(ExpressionNode iterable, TargetNode target, StatementNode body, StatementNode orelse, int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(target, body, iteratorSlot));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object it;
        Object source = iterable.executeGeneric(frame);
        try {
            it = iter(source);
        } catch (PythonException e) {
            throw located(e);
        }
        frame.setObject(iteratorSlot, it);
        try {
            loop.execute(frame);
        } catch (BreakException b) {
            return;
        } finally {
            frame.setObject(iteratorSlot, null);
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    /**
     * {@code iter(o)}. Iterators of exact lists, tuples and small ranges are made here rather
     * than behind the boundary, so that compiled loops can keep them in registers.
     */
    static Object iter(Object o) {
        if (o instanceof PRange r && !r.isBig()) {
            return new PRangeIterator(r.getStart(), r.length(), r.getStep());
        }
        if (o instanceof PList l && l.getPyClass() == PyTypes.LIST) {
            return new PSequenceIterator(PyTypes.LIST_ITERATOR.getInstanceShape(), l, false);
        }
        if (o instanceof PTuple t && t.getPyClass() == PyTypes.TUPLE) {
            return new PSequenceIterator(PyTypes.TUPLE_ITERATOR.getInstanceShape(), t, false);
        }
        return slowIter(o);
    }

    @TruffleBoundary
    static Object slowIter(Object o) {
        return PyIter.iter(o);
    }

    private static final class Repeating extends Node implements RepeatingNode {
        @Child private TargetNode target;
        @Child private StatementNode body;
        @Child private NextNode next = ForNodeFactory.NextNodeGen.create();
        private final int iteratorSlot;

        Repeating(TargetNode target, StatementNode body, int iteratorSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object it = frame.getObject(iteratorSlot);
            if (it instanceof PRangeIterator range) {
                // the common counting loop: the int goes to its slot without a box
                if (!range.hasNext()) {
                    return false;
                }
                target.executeAssignLong(frame, range.nextLong());
            } else {
                Object v = next.execute(it);
                if (v == null) {
                    return false;
                }
                target.executeAssign(frame, v);
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException c) {
                // next iteration
            }
            return true;
        }
    }

    /** The next item, or null at the end. */
    abstract static class NextNode extends Node {
        abstract Object execute(Object iterator);

        @Specialization
        static Object range(PRangeIterator it) {
            if (!it.hasNext()) {
                return null;
            }
            return Boxing.box(it.nextLong());
        }

        @Specialization
        static Object sequence(PSequenceIterator it) {
            return it.next();
        }

        @Specialization(replaces = {"range", "sequence"})
        static Object generic(Object it) {
            return slowNext(it);
        }

        @TruffleBoundary
        static Object slowNext(Object it) {
            return PyIter.next(it);
        }
    }
}
