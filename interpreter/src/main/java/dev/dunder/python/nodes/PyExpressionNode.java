package dev.dunder.python.nodes;

import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.TracebackLocation;

/**
 * Python expressions. Those that can raise are traceback locations: the first one
 * that sees an exception in a frame records itself, which gives CPython 3.11's
 * line and {@code ^^^} underline for that frame.
 */
public abstract class PyExpressionNode extends ExpressionNode implements TracebackLocation {

    @Override
    public SourceSection getTracebackSection() {
        return getSourceSection();
    }

    /** Records this node as the frame's traceback line if none is recorded yet; returns the exception to rethrow. */
    protected final PythonException located(PythonException e) {
        if (!e.isFrameRecorded()) {
            e.recordFrame(this);
        }
        return e;
    }
}
