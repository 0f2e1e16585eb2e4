package dev.dunder.lua.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.lua.nodes.MultiValueNode;
import dev.dunder.runtime.lua.LuaClosure;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.TailCall;
import dev.dunder.runtime.lua.model.LuaCalls;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/**
 * A call {@code f(args)}: evaluates the function, then the arguments (the last one may
 * contribute several values), and dispatches. {@code calleeName} is how Lua names the
 * function in messages ("attempt to call a nil value (global 'f')", "bad argument #1
 * to 'f'", tracebacks).
 */
public class CallNode extends LuaExpressionNode implements MultiValueNode, LuaCallSite {
    @Child protected ExpressionNode function;
    @Children protected final ExpressionNode[] args;
    protected final boolean lastIsMulti;
    @Child protected DispatchNode dispatch = DispatchNodeGen.create();
    @Child protected TailCallLoopNode tailCalls;
    /** "global 'f'", "local 'f'", "field 'f'", ... or null. */
    protected final String calleeName;

    public CallNode(ExpressionNode function, ExpressionNode[] args, boolean lastIsMulti, String calleeName) {
        this.function = function;
        this.args = args;
        this.lastIsMulti = lastIsMulti;
        this.calleeName = calleeName;
    }

    @Override
    public int getCallLine() {
        return getLine();
    }

    @Override
    public String calleeDescription() {
        return calleeName;
    }

    /** The bare name in {@code calleeName} ("f" of "global 'f'"), as luaL_argerror uses it. */
    protected String bareName() {
        if (calleeName == null) {
            return null;
        }
        int q = calleeName.indexOf('\'');
        return calleeName.substring(q + 1, calleeName.length() - 1);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return LuaCalls.first(executeRaw(frame));
    }

    @Override
    public Object[] executeMulti(VirtualFrame frame) {
        return LuaCalls.all(executeRaw(frame));
    }

    /** All results: one value or an Object[]. */
    public Object executeRaw(VirtualFrame frame) {
        Object fn = function.executeGeneric(frame);
        Object[] argv = evaluateArguments(frame, 1);
        return call(fn, argv, false);
    }

    /** {@code return f(args)}: a call to a Lua function becomes a {@link TailCall} for the caller to make. */
    public Object executeTail(VirtualFrame frame) {
        Object fn = function.executeGeneric(frame);
        Object[] argv = evaluateArguments(frame, 1);
        if (fn instanceof LuaClosure closure) {
            argv[0] = closure;
            return new TailCall(closure, argv);
        }
        return call(fn, argv, false);
    }

    protected final Object call(Object fn, Object[] argv, boolean method) {
        try {
            Object r = dispatch.execute(fn, argv);
            if (r instanceof TailCall) {
                if (tailCalls == null) {
                    com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                    tailCalls = insert(new TailCallLoopNode());
                }
                r = tailCalls.resolve(r);
            }
            return r;
        } catch (LuaTypeError e) {
            throw LuaErrors.typeError(this, getLine(), e, calleeName);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, getLine(), e, bareName(), method);
        }
    }

    /** Evaluates the arguments into an array with {@code offset} leading free slots. */
    @ExplodeLoop
    protected final Object[] evaluateArguments(VirtualFrame frame, int offset) {
        int n = args.length;
        if (!lastIsMulti) {
            Object[] a = new Object[n + offset];
            for (int i = 0; i < n; i++) {
                a[i + offset] = args[i].executeGeneric(frame);
            }
            return a;
        }
        Object[] fixed = new Object[n - 1];
        for (int i = 0; i < n - 1; i++) {
            fixed[i] = args[i].executeGeneric(frame);
        }
        Object[] rest = ((MultiValueNode) args[n - 1]).executeMulti(frame);
        Object[] a = new Object[offset + fixed.length + rest.length];
        System.arraycopy(fixed, 0, a, offset, fixed.length);
        System.arraycopy(rest, 0, a, offset + fixed.length, rest.length);
        return a;
    }
}
