package dev.dunder.lua.nodes.call;

/**
 * A node that calls functions: what tracebacks and error levels learn from the
 * caller's frame — the line being executed, and how the callee was named there
 * ({@code "local 'parse'"}, {@code "method 'bark'"}, {@code "metamethod 'index'"}), as
 * Lua's getfuncname reads it from the calling instruction.
 */
public interface LuaCallSite {
    int getCallLine();

    /** How this site names the function it called, or null when it gives no name. */
    String calleeDescription();
}
