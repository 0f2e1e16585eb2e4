package dev.dunder.python.nodes;

import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.TracebackLocation;

/** Python statements; a statement is the fallback traceback location of exceptions raised inside it. */
public abstract class PyStatementNode extends StatementNode implements TracebackLocation {

    @Override
    public SourceSection getTracebackSection() {
        return getSourceSection();
    }

    protected final PythonException located(PythonException e) {
        if (!e.isFrameRecorded()) {
            e.recordFrame(this);
        }
        return e;
    }
}
