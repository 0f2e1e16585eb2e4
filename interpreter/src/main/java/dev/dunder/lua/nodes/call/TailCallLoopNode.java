package dev.dunder.lua.nodes.call;

import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.lua.TailCall;

/**
 * Makes the tail calls a callee asked for ({@code return f(x)}), one after another in
 * this frame, until a real result comes back: Lua's proper tail calls. Its own dispatch
 * cache lets tail-called functions be called directly too.
 */
public final class TailCallLoopNode extends Node {
    @Child private DispatchNode dispatch = DispatchNodeGen.create();

    public Object resolve(Object result) {
        Object r = result;
        while (r instanceof TailCall tc) {
            r = dispatch.execute(tc.getFunction(), tc.getArguments());
        }
        return r;
    }
}
