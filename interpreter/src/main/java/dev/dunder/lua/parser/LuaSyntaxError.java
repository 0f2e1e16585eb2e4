package dev.dunder.lua.parser;

/**
 * A compile-time error with Lua's message, before the chunk name is added:
 * {@code line} and {@code message} as in "chunk:line: message". {@code incomplete}
 * says the source ended too early (the REPL's continuation prompt).
 */
public final class LuaSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final boolean incomplete;

    public LuaSyntaxError(int line, String message, boolean incomplete) {
        super(message, null, false, false);
        this.line = line;
        this.incomplete = incomplete;
    }

    public int getLine() {
        return line;
    }

    public boolean isIncomplete() {
        return incomplete;
    }
}
