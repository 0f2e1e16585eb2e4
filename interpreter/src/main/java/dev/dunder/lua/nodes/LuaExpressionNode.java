package dev.dunder.lua.nodes;

import dev.dunder.common.nodes.ExpressionNode;

/**
 * A Lua expression: a value, and the line Lua attributes its instruction to (for the
 * {@code chunk:line:} of its errors and the current line of tracebacks).
 */
public abstract class LuaExpressionNode extends ExpressionNode {
    private int line;

    public final int getLine() {
        return line;
    }

    public final void setLine(int line) {
        this.line = line;
    }
}
