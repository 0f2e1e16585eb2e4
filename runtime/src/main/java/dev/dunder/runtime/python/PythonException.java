package dev.dunder.runtime.python;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.TracebackEntry;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * A Python exception on its way up the Java stack. It carries the exception
 * object; the traceback grows as in CPython: the first node that catches it in a
 * frame records one {@link TracebackEntry} for that frame ({@link #recordFrame}),
 * and a function returning by exception re-arms that ({@link #leaveFrame}) so the
 * caller's call site is recorded next.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PBaseException exception;
    private transient boolean frameRecorded;
    /** For SyntaxErrors from the parser: more input could make the source valid (REPL continuation). */
    private boolean incompleteSource;

    public PythonException(PBaseException exception) {
        super((Node) null);
        this.exception = exception;
    }

    /** Re-raising an exception caught in this frame: its traceback already has this frame's entry. */
    public static PythonException reraise(PBaseException exception) {
        PythonException e = new PythonException(exception);
        e.frameRecorded = true;
        return e;
    }

    public static PythonException syntaxError(PBaseException exception, boolean incomplete) {
        PythonException e = new PythonException(exception);
        e.incompleteSource = incomplete;
        return e;
    }

    public boolean isIncompleteSource() {
        return incompleteSource;
    }

    /** A SyntaxError from the parser is a parse error to the polyglot API (and to a REPL). */
    @ExportMessage
    ExceptionType getExceptionType() {
        return incompleteSource || isSyntaxError() ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    /** Lets a REPL ask for more lines ({@code PolyglotException.isIncompleteSource()}). */
    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incompleteSource;
    }

    @TruffleBoundary
    private boolean isSyntaxError() {
        return exception.getPyClass().isSubtypeOf(dev.dunder.runtime.python.objects.PyTypes.SYNTAX_ERROR);
    }

    public PBaseException getException() {
        return exception;
    }

    /** Adds the current frame to the traceback unless this frame already has its entry. */
    public void recordFrame(Node location) {
        if (!frameRecorded) {
            frameRecorded = true;
            exception.getTraceback().add(new TracebackEntry(location));
        }
    }

    public boolean isFrameRecorded() {
        return frameRecorded;
    }

    /** The exception is leaving a Python frame: the next frame must record its own entry. */
    public void leaveFrame() {
        frameRecorded = false;
    }

    /** {@code ValueError: message}, the last line of a traceback (what embedders see as the message). */
    @Override
    @TruffleBoundary
    public String getMessage() {
        return PyStr.exceptionLine(exception);
    }
}
