package dev.dunder.lua.runtime;

import com.oracle.truffle.api.nodes.Node;

import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.call.LuaCallSite;
import dev.dunder.lua.nodes.call.TailCallLoopNode;
import dev.dunder.lua.nodes.table.FieldLookupNode;
import dev.dunder.lua.nodes.table.FieldStoreNode;
import dev.dunder.lua.nodes.table.IndexLookupNode;
import dev.dunder.lua.nodes.table.IndexStoreNode;

/**
 * What a node in a caller's frame tells about the call in progress: its line, how it
 * named the callee, and whether the callee was reached through a tail call. This is
 * ldebug.c's view of the calling instruction (currentline, getfuncname), read from the
 * call node that Truffle records for each frame.
 */
final class CallSites {
    private CallSites() {
    }

    /** The line being executed at {@code location}, or -1 if unknown. */
    static int line(Node location) {
        for (Node n = location; n != null; n = n.getParent()) {
            if (n instanceof LuaCallSite s) {
                return s.getCallLine();
            }
            if (n instanceof LuaExpressionNode e && e.getLine() > 0) {
                return e.getLine();
            }
            if (n instanceof LuaStatementNode s && s.getLine() > 0) {
                return s.getLine();
            }
            if (n instanceof dev.dunder.lua.nodes.root.LuaFunctionRootNode f) {
                return f.getLineDefined();
            }
        }
        return -1;
    }

    /** True when the call at {@code location} was a tail call made on behalf of a returned function. */
    static boolean isTailCall(Node location) {
        for (Node n = location; n != null; n = n.getParent()) {
            if (n instanceof TailCallLoopNode) {
                return true;
            }
            if (n instanceof LuaCallSite) {
                return false;
            }
        }
        return false;
    }

    /**
     * How the caller at {@code location} named the function it called: "local 'f'",
     * "method 'm'", "metamethod 'index'", ... or null.
     */
    static String calleeName(Node location) {
        for (Node n = location; n != null; n = n.getParent()) {
            if (n instanceof FieldLookupNode || n instanceof IndexLookupNode) {
                return "metamethod 'index'";
            }
            if (n instanceof FieldStoreNode || n instanceof IndexStoreNode) {
                return "metamethod 'newindex'";
            }
            if (n instanceof LuaCallSite s) {
                return s.calleeDescription();
            }
            String event = MetamethodSites.eventOf(n);
            if (event != null) {
                return "metamethod '" + event + "'";
            }
        }
        return null;
    }
}
