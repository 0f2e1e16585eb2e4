package dev.dunder.lua.nodes;

import dev.dunder.common.nodes.StatementNode;

/** A Lua statement, with the line of its errors. */
public abstract class LuaStatementNode extends StatementNode {
    private int line;

    public final int getLine() {
        return line;
    }

    public final void setLine(int line) {
        this.line = line;
    }
}
