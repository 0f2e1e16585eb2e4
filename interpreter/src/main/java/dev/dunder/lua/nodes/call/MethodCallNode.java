package dev.dunder.lua.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.table.FieldLookupNode;
import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaClosure;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.ForeignValues;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.TailCall;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/**
 * {@code obj:name(args)}, which is {@code obj.name(obj, args)} with {@code obj} evaluated
 * once. The method is found by the same cached lookup as {@code obj.name}, so a method
 * inherited through {@code __index} tables is a constant under their assumptions.
 */
public final class MethodCallNode extends CallNode {
    @Child private ExpressionNode receiver;
    @Child private FieldLookupNode lookup;
    private final String receiverName;

    public MethodCallNode(ExpressionNode receiver, String name, ExpressionNode[] args, boolean lastIsMulti, String receiverName) {
        super(null, args, lastIsMulti, "method '" + name + "'");
        this.receiver = receiver;
        this.lookup = FieldLookupNode.create(name);
        this.receiverName = receiverName;
    }

    private Object method(Object obj) {
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

    /**
     * {@code x:name(args)} on another language's object or a host object: its own method call,
     * invokeMember(x, name, args), with x as the receiver rather than an extra first argument.
     */
    private Object invokeForeign(VirtualFrame frame, Object obj) {
        Object[] argv = evaluateArguments(frame, 1);
        try {
            return SlowPaths.run(this, () -> ForeignValues.invoke(obj, lookup.getName(), argv, 1));
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        }
    }

    @Override
    public Object executeRaw(VirtualFrame frame) {
        Object obj = receiver.executeGeneric(frame);
        if (!(obj instanceof LuaTable) && LuaValues.isForeign(obj)) {
            return invokeForeign(frame, obj);
        }
        Object fn = method(obj);
        Object[] argv = evaluateArguments(frame, 2);
        argv[1] = obj;
        return call(fn, argv, true);
    }

    @Override
    public Object executeTail(VirtualFrame frame) {
        Object obj = receiver.executeGeneric(frame);
        if (!(obj instanceof LuaTable) && LuaValues.isForeign(obj)) {
            return invokeForeign(frame, obj);
        }
        Object fn = method(obj);
        Object[] argv = evaluateArguments(frame, 2);
        argv[1] = obj;
        if (fn instanceof LuaClosure closure) {
            argv[0] = closure;
            return new TailCall(closure, argv);
        }
        return call(fn, argv, true);
    }
}
