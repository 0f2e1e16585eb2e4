package dev.dunder.js.parser;

/**
 * An early error found while parsing: V8's message and the source range its caret
 * line underlines ({@code length} 0 prints no caret, as V8 does for some errors).
 */
public final class JsSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final int length;
    /** The error is at the end of the input: more text could complete the program (REPL continuation). */
    private final boolean incomplete;

    public JsSyntaxError(String message, int position, int length, boolean incomplete) {
        super(message, null, false, false);
        this.position = position;
        this.length = length;
        this.incomplete = incomplete;
    }

    public JsSyntaxError(String message, int position, int length) {
        this(message, position, length, false);
    }

    public int getPosition() {
        return position;
    }

    public int getLength() {
        return length;
    }

    public boolean isIncomplete() {
        return incomplete;
    }
}
