package dev.dunder.runtime.python;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.runtime.python.interop.PythonInterop;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.objects.TracebackEntry;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * A Python exception on its way up the Java stack. It carries the exception
 * object; the traceback grows as in CPython: the first node that catches it in a
 * frame records one {@link TracebackEntry} for that frame ({@link #recordFrame}),
 * and a function returning by exception re-arms that ({@link #leaveFrame}) so the
 * caller's call site is recorded next.
 *
 * <p>For embedders this is what a {@code PolyglotException} wraps: its interop messages
 * give the exception's class as meta-object, its repr as display string, its attributes
 * as members, SyntaxErrors as parse errors (with "incomplete source" for the REPL), and
 * the innermost frame's line as source location.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PBaseException exception;
    private transient boolean frameRecorded;
    /** Whether the exception has already left a Python frame (it then has its guest stack trace). */
    private transient boolean leftFrame;
    /** For SyntaxErrors from the parser: more input could make the source valid (REPL continuation). */
    private boolean incompleteSource;
    /** For SyntaxErrors from the parser: where the error is (there is no node to point at). */
    private transient SourceSection syntaxLocation;

    public PythonException(PBaseException exception) {
        super((Node) null);
        this.exception = exception;
    }

    /** The same Python exception thrown from {@code location}: the innermost frame's traceback node. */
    private PythonException(PythonException original, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.exception = original.exception;
        this.incompleteSource = original.incompleteSource;
        this.syntaxLocation = original.syntaxLocation;
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

    public static PythonException syntaxError(PBaseException exception, boolean incomplete, SourceSection location) {
        PythonException e = syntaxError(exception, incomplete);
        e.syntaxLocation = location;
        return e;
    }

    public boolean isIncompleteSource() {
        return incompleteSource;
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

    /**
     * The exception is leaving a Python frame: the next frame must record its own entry.
     * Returns the exception to rethrow. Exceptions are mostly raised by runtime code that
     * has no node at hand; when one leaves the frame it was raised in, it is replaced by
     * one located at that frame's traceback node, so the guest stack trace an embedder
     * sees (Truffle collects it as the exception passes call boundaries) has the raising
     * line as its top frame.
     */
    public PythonException leaveFrame() {
        frameRecorded = false;
        if (leftFrame || getLocation() != null) {
            leftFrame = true;
            return this;
        }
        leftFrame = true;
        Node node = innermostNode();
        if (node == null || !node.isAdoptable() || node.getRootNode() == null) {
            return this;
        }
        PythonException located = new PythonException(this, node);
        located.leftFrame = true;
        return located;
    }

    @TruffleBoundary
    private Node innermostNode() {
        var traceback = exception.getTraceback();
        return traceback.isEmpty() ? null : traceback.get(traceback.size() - 1).node();
    }

    /** {@code ValueError: message}, the last line of a traceback (what embedders see as the message). */
    @Override
    @TruffleBoundary
    public String getMessage() {
        return PyStr.exceptionLine(exception);
    }

    // ---- interop -------------------------------------------------------------------------------

    @ExportMessage
    @TruffleBoundary
    ExceptionType getExceptionType() {
        return exception.getPyClass().isSubtypeOf(PyTypes.SYNTAX_ERROR) ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incompleteSource;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return syntaxLocation != null || getEncapsulatingSourceSection() != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        SourceSection section = syntaxLocation != null ? syntaxLocation : getEncapsulatingSourceSection();
        if (section == null) {
            throw UnsupportedMessageException.create();
        }
        return section;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return PythonInterop.languageClass();
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return exception.getPyClass();
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return PythonInterop.display(exception, allowSideEffects);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return PythonInterop.members(exception, includeInternal);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return PythonInterop.isMemberReadable(exception, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return PythonInterop.readMember(exception, member);
    }
}
