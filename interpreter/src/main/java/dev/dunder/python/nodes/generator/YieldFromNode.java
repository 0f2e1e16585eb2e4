package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PGenerator;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyIter;

/**
 * {@code yield from iterable}: delegates to a sub-iterator, passing sent values and
 * thrown exceptions through; its value is the sub-generator's return value.
 */
public final class YieldFromNode extends PyExpressionNode {

    @Child private ExpressionNode iterable;
    private final GeneratorSlots slots;
    private final int stateSlot;
    private final int iteratorSlot;

    public YieldFromNode(ExpressionNode iterable, GeneratorSlots slots, int stateSlot, int iteratorSlot) {
        this.iterable = iterable;
        this.slots = slots;
        this.stateSlot = stateSlot;
        this.iteratorSlot = iteratorSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object state = frame.getObject(stateSlot);
        if (state instanceof GeneratorSlots.Done d) {
            return d.value();
        }
        Object step;
        if (state == GeneratorSlots.PENDING) {
            slots.stopResuming(frame);
            Object it = frame.getObject(iteratorSlot);
            PythonException thrown = (PythonException) frame.getObject(slots.thrown());
            frame.setObject(slots.thrown(), null);
            try {
                step = thrown != null ? throwInto(it, thrown) : sendTo(it, frame.getObject(slots.sent()));
            } catch (PythonException e) {
                frame.setObject(stateSlot, null);
                frame.setObject(iteratorSlot, null);
                throw located(e);
            }
        } else {
            Object source = iterable.executeGeneric(frame);
            try {
                Object it = PyIter.iter(source);
                frame.setObject(iteratorSlot, it);
                step = sendTo(it, PNone.NONE);
            } catch (PythonException e) {
                throw located(e);
            }
        }
        if (step instanceof Finished f) {
            frame.setObject(stateSlot, new GeneratorSlots.Done(f.value));
            frame.setObject(iteratorSlot, null);
            return f.value;
        }
        frame.setObject(stateSlot, GeneratorSlots.PENDING);
        throw new YieldException(step);
    }

    /** The sub-iterator ended, with this return value. */
    private record Finished(Object value) {
    }

    @TruffleBoundary
    private static Object sendTo(Object it, Object value) {
        if (it instanceof PGenerator g) {
            Object r = g.send(value);
            return r == null ? new Finished(g.getReturnValue()) : r;
        }
        try {
            if (value == PNone.NONE) {
                Object next = PyTypes.typeOf(it).lookup("__next__");
                if (next == null) {
                    throw PyErrors.typeError("'%s' object is not an iterator", PyErrors.typeName(it));
                }
                return PyCall.callMethod(next, it);
            }
            return PyCall.call(AttributeLookup.getAttribute(it, "send"), value);
        } catch (PythonException e) {
            return finishedOrRethrow(e);
        }
    }

    private static Object finishedOrRethrow(PythonException e) {
        PBaseException exc = e.getException();
        if (exc.getPyClass().isSubtypeOf(PyTypes.STOP_ITERATION)) {
            Object v = AttributeLookup.getAttribute(exc, "value");
            return new Finished(v);
        }
        throw e;
    }

    @TruffleBoundary
    private static Object throwInto(Object it, PythonException thrown) {
        if (it instanceof PGenerator g) {
            if (thrown.getException().getPyClass().isSubtypeOf(PyTypes.GENERATOR_EXIT)) {
                g.close();
                throw thrown;
            }
            Object r = g.throwInto(thrown);
            return r == null ? new Finished(g.getReturnValue()) : r;
        }
        if (thrown.getException().getPyClass().isSubtypeOf(PyTypes.GENERATOR_EXIT)) {
            Object close = AttributeLookup.lookupOrNull(it, "close");
            if (close != null) {
                PyCall.call(close);
            }
            throw thrown;
        }
        Object throwMethod = AttributeLookup.lookupOrNull(it, "throw");
        if (throwMethod == null) {
            throw thrown;
        }
        try {
            return PyCall.call(throwMethod, thrown.getException());
        } catch (PythonException e) {
            return finishedOrRethrow(e);
        }
    }

}
