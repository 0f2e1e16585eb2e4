package dev.dunder.python.parser;

/**
 * A syntax error found while parsing or building, with CPython's message and the
 * position CPython reports (1-based line and column offset, and where the caret
 * range ends). {@code incomplete} means "more input could make this valid" — the
 * REPL's signal to ask for a continuation line.
 */
public final class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final int endColumn;
    private final boolean incomplete;
    private final String kind;

    public PythonSyntaxError(String message, int line, int column, int endColumn, boolean incomplete) {
        this("SyntaxError", message, line, column, endColumn, incomplete);
    }

    public PythonSyntaxError(String kind, String message, int line, int column, int endColumn, boolean incomplete) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.endColumn = endColumn;
        this.incomplete = incomplete;
    }

    /** "SyntaxError" or "IndentationError". */
    public String getKind() {
        return kind;
    }

    public int getLine() {
        return line;
    }

    /** 1-based offset of the first caret. */
    public int getColumn() {
        return column;
    }

    /** 1-based offset just past the last caret. */
    public int getEndColumn() {
        return endColumn;
    }

    public boolean isIncomplete() {
        return incomplete;
    }
}
