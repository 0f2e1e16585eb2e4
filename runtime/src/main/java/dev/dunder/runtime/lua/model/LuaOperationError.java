package dev.dunder.runtime.lua.model;

/**
 * An error of an operation whose message is complete except for the position, such
 * as "attempt to perform 'n//0'" or "attempt to compare two table values". The node
 * that performed the operation prefixes its {@code chunk:line:}; inside a builtin it
 * becomes an error without position, as in Lua.
 */
public final class LuaOperationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LuaOperationError(String message) {
        super(message, null, false, false);
    }
}
