package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/** {@code obj[key]} with a computed key. */
public final class GetIndexNode extends LuaExpressionNode {
    @Child private ExpressionNode receiver;
    @Child private ExpressionNode key;
    @Child private IndexLookupNode lookup = IndexLookupNodeGen.create();
    private final String receiverName;

    public GetIndexNode(ExpressionNode receiver, ExpressionNode key, String receiverName) {
        this.receiver = receiver;
        this.key = key;
        this.receiverName = receiverName;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object obj = receiver.executeGeneric(frame);
        Object k = key.executeGeneric(frame);
        try {
            return lookup.execute(obj, k);
        } catch (LuaTypeError e) {
            throw LuaErrors.typeError(this, getLine(), e, receiverName);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, getLine(), e, null, false);
        }
    }
}
