package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.lua.nodes.LuaStatementNode;

/** A sequence of statements. */
public final class BlockNode extends LuaStatementNode {
    @Children private final StatementNode[] statements;

    public BlockNode(StatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StatementNode s : statements) {
            s.executeVoid(frame);
        }
    }
}
