package dev.dunder.lua.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.model.LuaCalls;

/**
 * Calls a value with an arguments array {@code [_, arg1, ...]} (slot 0 receives the
 * function): functions through a {@link DirectCallNode} cached per call target (so
 * Graal can inline them), others through their {@code __call} metamethod. Returns the
 * raw result, which may be a {@code TailCall} still to be made.
 */
public abstract class DispatchNode extends Node {
    /** Call targets one call site keeps direct calls for. */
    protected static final int TARGET_CACHE = 4;

    public abstract Object execute(Object function, Object[] args);

    @Specialization(guards = "function.getCallTarget() == cachedTarget", limit = "TARGET_CACHE")
    protected static Object direct(LuaFunction function, Object[] args,
                    @Cached("function.getCallTarget()") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        args[0] = function;
        return call.call(args);
    }

    @Specialization(replaces = "direct")
    protected static Object indirect(LuaFunction function, Object[] args, @Cached IndirectCallNode call) {
        args[0] = function;
        return call.call(function.getCallTarget(), args);
    }

    /** Not a function: its {@code __call} metamethod, with the value as first argument. */
    @Fallback
    protected Object callable(Object function, Object[] args) {
        return SlowPaths.run(this, () -> LuaCalls.callWithFrameArgs(function, args));
    }
}
