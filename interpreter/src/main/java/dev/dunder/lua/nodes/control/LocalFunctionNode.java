package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.expression.FunctionNode;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.lua.LuaNil;

/** {@code local function f() ... end}: {@code f} is declared first, so the function can call itself. */
public final class LocalFunctionNode extends LuaStatementNode {
    private final int slot;
    private final boolean captured;
    @Child private FunctionNode function;

    public LocalFunctionNode(int slot, boolean captured, FunctionNode function) {
        this.slot = slot;
        this.captured = captured;
        this.function = function;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (captured) {
            Cell cell = new Cell(LuaNil.NIL);
            frame.setObject(slot, cell);
            cell.set(function.executeGeneric(frame));
        } else {
            frame.setObject(slot, function.executeGeneric(frame));
        }
    }
}
