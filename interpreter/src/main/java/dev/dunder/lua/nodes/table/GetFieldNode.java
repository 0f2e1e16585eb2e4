package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/**
 * {@code obj.name}, {@code obj["name"]}, and a global variable {@code name} (which is
 * {@code _ENV.name}): evaluates the receiver and looks the key up through the cached
 * {@link FieldLookupNode}. Errors name the receiver as Lua does ("attempt to index a nil
 * value (local 'player')").
 */
public final class GetFieldNode extends LuaExpressionNode {
    @Child private ExpressionNode receiver;
    @Child private FieldLookupNode lookup;
    private final String receiverName;

    public GetFieldNode(ExpressionNode receiver, String name, String receiverName) {
        this.receiver = receiver;
        this.lookup = FieldLookupNode.create(name);
        this.receiverName = receiverName;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object obj = receiver.executeGeneric(frame);
        try {
            return lookup.execute(obj);
        } catch (LuaTypeError e) {
            throw LuaErrors.typeError(this, getLine(), e, receiverName);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, getLine(), e, null, false);
        }
    }
}
