package dev.dunder.runtime.js;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import dev.dunder.runtime.js.model.ErrorFormat;

/**
 * A thrown JavaScript value on its way up the Java stack ({@code throw v}, or an
 * error the engine raises). It remembers where it was thrown, as V8 reports it for
 * an uncaught exception: the source and the character the caret points at. Errors
 * raised inside builtins have no position yet; the call site that called the builtin
 * supplies it ({@link #setPositionIfAbsent}).
 */
@ExportLibrary(InteropLibrary.class)
public final class JSException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final Object value;
    private transient Source source;
    private transient Node positionNode;
    private int position = -1;
    /** For syntax errors: how many characters the caret line underlines. */
    private int length = 1;
    private boolean incompleteSource;
    /** Raised by the parser (an early error) rather than by running code. */
    private boolean parseError;

    public JSException(Object value) {
        super((Node) null);
        this.value = value;
    }

    public JSException(Object value, Node location, int position) {
        super(location);
        this.value = value;
        this.positionNode = location;
        this.position = position;
    }

    /** A SyntaxError found while parsing {@code source}. */
    public static JSException syntaxError(Object error, Source source, int position, int length, boolean incomplete) {
        JSException e = new JSException(error);
        e.source = source;
        e.position = position;
        e.length = length;
        e.incompleteSource = incomplete;
        e.parseError = true;
        return e;
    }

    /** The thrown value. */
    public Object getValue() {
        return value;
    }

    public boolean hasPosition() {
        return position >= 0;
    }

    /** The call site reports errors raised by the callee's builtin code. */
    public JSException setPositionIfAbsent(Node node, int pos) {
        if (position < 0 && pos >= 0) {
            positionNode = node;
            position = pos;
        }
        return this;
    }

    public int getPosition() {
        return position;
    }

    public int getLength() {
        return length;
    }

    public boolean isIncompleteSource() {
        return incompleteSource;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return parseError ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    /** A REPL asks for another line when the input ended inside an unfinished construct. */
    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incompleteSource;
    }

    /** Embedders see where the error was thrown (PolyglotException.getSourceLocation). */
    @ExportMessage
    @TruffleBoundary
    boolean hasSourceLocation() {
        Source s = getSource();
        return s != null && position >= 0 && position <= s.getLength();
    }

    @ExportMessage
    @TruffleBoundary
    com.oracle.truffle.api.source.SourceSection getSourceLocation() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (!hasSourceLocation()) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        Source s = getSource();
        int start = Math.min(position, s.getLength());
        return s.createSection(start, Math.max(0, Math.min(length, s.getLength() - start)));
    }

    /** The source the position refers to, or null. */
    @TruffleBoundary
    public Source getSource() {
        if (source == null && positionNode != null) {
            var root = positionNode.getRootNode();
            if (root != null && root.getSourceSection() != null) {
                source = root.getSourceSection().getSource();
            }
        }
        return source;
    }

    /** "TypeError: message" for errors, the value's display text otherwise (what embedders see). */
    @Override
    @TruffleBoundary
    public String getMessage() {
        return ErrorFormat.headline(value);
    }
}
