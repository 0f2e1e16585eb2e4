package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * The rest of a block after {@code local x <close> = v}: however the block is left
 * (normally, by break, return or goto, or by an error), {@code v}'s {@code __close}
 * metamethod is called with {@code v} and the error (or nil). A value that is neither
 * false, nil nor closable is an error at the declaration.
 */
public final class CloseScopeNode extends LuaStatementNode {
    private final int slot;
    private final boolean captured;
    private final String name;
    @Child private StatementNode rest;

    public CloseScopeNode(int slot, boolean captured, String name, StatementNode rest) {
        this.slot = slot;
        this.captured = captured;
        this.name = name;
        this.rest = rest;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = frame.getObject(slot);
        if (captured) {
            value = ((Cell) value).get();
        }
        boolean active = LuaValues.isTruthy(value);
        if (active && LuaMetatables.metamethod(value, "__close") == LuaNil.NIL) {
            throw LuaErrors.error(this, getLine(), "variable '" + name + "' got a non-closable value");
        }
        try {
            rest.executeVoid(frame);
        } catch (ControlFlowException e) {
            close(value, active, LuaNil.NIL);
            throw e;
        } catch (LuaError e) {
            close(value, active, errorValue(e));
            throw e;
        }
        close(value, active, LuaNil.NIL);
    }

    /**
     * The error a {@code __close} handler receives: the error value, or, for an error no
     * pcall will catch, what lua.c's message handler made of it (message and traceback).
     */
    static Object errorValue(LuaError e) {
        if (e.getHandled() != null) {
            return e.getHandled();
        }
        LuaContext ctx = LuaContext.get();
        if (!ctx.isUnprotected()) {
            return e.getValue();
        }
        Object handled = ctx.getInterpreter().messageHandler(e);
        e.setHandled(handled);
        return handled;
    }

    private void close(Object value, boolean active, Object error) {
        if (active) {
            Object handler = LuaMetatables.metamethod(value, "__close");
            if (handler != LuaNil.NIL) {
                SlowPaths.call(this, handler, value, error);
            }
        }
    }
}
