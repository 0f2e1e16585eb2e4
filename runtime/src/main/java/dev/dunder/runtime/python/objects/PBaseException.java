package dev.dunder.runtime.python.objects;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.object.Shape;

/**
 * An instance of BaseException or any subclass. Besides the instance dict it keeps
 * what CPython keeps in the exception struct: {@code args}, {@code __cause__},
 * {@code __context__}, {@code __suppress_context__} and the traceback, which grows
 * by one entry per frame the exception unwinds through, as in CPython.
 */
public final class PBaseException extends PyObject {
    private PTuple args = PTuple.empty();
    private Object cause = PNone.NONE;
    private Object context = PNone.NONE;
    private boolean suppressContext;
    /** Innermost frame first. */
    private List<TracebackEntry> traceback = new ArrayList<>();

    public PBaseException(Shape shape) {
        super(shape);
    }

    public PTuple getArgs() {
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    public Object getCause() {
        return cause;
    }

    public void setCause(Object cause) {
        this.cause = cause;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean isSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    public List<TracebackEntry> getTraceback() {
        return traceback;
    }

    public void setTraceback(List<TracebackEntry> traceback) {
        this.traceback = traceback;
    }
}
