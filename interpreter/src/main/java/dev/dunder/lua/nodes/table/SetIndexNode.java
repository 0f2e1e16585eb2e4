package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.local.LuaTargetNode;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/** The target {@code obj[key]} of an assignment. */
public final class SetIndexNode extends LuaTargetNode {
    @Child private ExpressionNode receiver;
    @Child private ExpressionNode key;
    @Child private IndexStoreNode store = IndexStoreNodeGen.create();
    private final String receiverName;
    private final int line;

    public SetIndexNode(ExpressionNode receiver, ExpressionNode key, String receiverName, int line) {
        this.receiver = receiver;
        this.key = key;
        this.receiverName = receiverName;
        this.line = line;
    }

    @Override
    public Object evaluateObject(VirtualFrame frame) {
        return receiver.executeGeneric(frame);
    }

    @Override
    public Object evaluateKey(VirtualFrame frame) {
        return key.executeGeneric(frame);
    }

    @Override
    public void store(VirtualFrame frame, Object object, Object k, Object value) {
        try {
            store.execute(object, k, value);
        } catch (LuaTypeError e) {
            throw LuaErrors.typeError(this, line, e, receiverName);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, line, e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, line, e, null, false);
        }
    }
}
