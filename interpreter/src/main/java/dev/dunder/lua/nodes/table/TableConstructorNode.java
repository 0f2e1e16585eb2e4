package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.lua.nodes.MultiValueNode;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.LuaIndex;
import dev.dunder.runtime.lua.model.LuaOperationError;

/**
 * A table constructor {@code {a, b, k = v, [e] = w, f()}}. Fields are evaluated in order;
 * keyed fields are stored at once, positional items are collected and stored in batches of
 * 50 (Lua's SETLIST), so {@code {[1] = "a", "b"}} ends with "b" at 1, as in Lua. A call or
 * {@code ...} as the last field contributes all its values.
 */
public final class TableConstructorNode extends LuaExpressionNode {
    /** lopcodes.h's LFIELDS_PER_FLUSH. */
    private static final int FLUSH = 50;

    /** For each field: its key (null for a positional item). */
    @Children private final ExpressionNode[] keys;
    @Children private final ExpressionNode[] values;
    /** Constant string keys get a cached shape transition. */
    @Children private final RawFieldPutNode[] fieldPuts;
    private final boolean lastIsMulti;
    private final int positionalCount;

    public TableConstructorNode(ExpressionNode[] keys, ExpressionNode[] values, String[] constantKeys, boolean lastIsMulti) {
        this.keys = keys;
        this.values = values;
        this.fieldPuts = new RawFieldPutNode[keys.length];
        int positional = 0;
        for (int i = 0; i < keys.length; i++) {
            if (constantKeys[i] != null) {
                fieldPuts[i] = RawFieldPutNodeGen.create(constantKeys[i]);
            }
            if (keys[i] == null) {
                positional++;
            }
        }
        this.positionalCount = positional;
        this.lastIsMulti = lastIsMulti;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        LuaTable table = new LuaTable(positionalCount);
        Object[] pending = positionalCount == 0 ? null : new Object[Math.min(positionalCount, FLUSH)];
        int pendingCount = 0;
        long nextIndex = 1;
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                if (i == values.length - 1 && lastIsMulti) {
                    Object[] rest = ((MultiValueNode) values[i]).executeMulti(frame);
                    table.setList(nextIndex, pending, pendingCount);
                    nextIndex += pendingCount;
                    pendingCount = 0;
                    table.setList(nextIndex, rest, rest.length);
                } else {
                    pending[pendingCount++] = values[i].executeGeneric(frame);
                    if (pendingCount == FLUSH) {
                        table.setList(nextIndex, pending, pendingCount);
                        nextIndex += pendingCount;
                        pendingCount = 0;
                    }
                }
            } else if (fieldPuts[i] != null) {
                fieldPuts[i].execute(table, values[i].executeGeneric(frame));
            } else {
                Object k = keys[i].executeGeneric(frame);
                Object v = values[i].executeGeneric(frame);
                try {
                    LuaIndex.rawSet(table, k, v);
                } catch (LuaOperationError e) {
                    throw LuaErrors.operationError(this, getLine(), e);
                }
            }
        }
        if (pendingCount > 0) {
            table.setList(nextIndex, pending, pendingCount);
        }
        return table;
    }
}
