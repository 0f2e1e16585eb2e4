package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.local.LuaTargetNode;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/** The target {@code obj.name} (or a global {@code name}) of an assignment. */
public final class SetFieldNode extends LuaTargetNode {
    @Child private ExpressionNode receiver;
    @Child private FieldStoreNode store;
    private final String receiverName;
    private final int line;

    public SetFieldNode(ExpressionNode receiver, String name, String receiverName, int line) {
        this.receiver = receiver;
        this.store = FieldStoreNode.create(name);
        this.receiverName = receiverName;
        this.line = line;
    }

    @Override
    public Object evaluateObject(VirtualFrame frame) {
        return receiver.executeGeneric(frame);
    }

    @Override
    public void store(VirtualFrame frame, Object object, Object key, Object value) {
        try {
            store.execute(object, value);
        } catch (LuaTypeError e) {
            throw LuaErrors.typeError(this, line, e, receiverName);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, line, e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, line, e, null, false);
        }
    }
}
