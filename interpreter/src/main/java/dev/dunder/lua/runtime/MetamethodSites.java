package dev.dunder.lua.runtime;

import com.oracle.truffle.api.nodes.Node;

import dev.dunder.lua.nodes.arith.ArithNode;
import dev.dunder.lua.nodes.arith.BitwiseNotNode;
import dev.dunder.lua.nodes.arith.CompareNode;
import dev.dunder.lua.nodes.arith.ConcatNode;
import dev.dunder.lua.nodes.arith.EqualNode;
import dev.dunder.lua.nodes.arith.LengthNode;
import dev.dunder.lua.nodes.arith.UnaryMinusNode;
import dev.dunder.lua.nodes.control.CloseScopeNode;

/** Which metamethod event an operator node calls (for "in metamethod 'add'" in tracebacks). */
final class MetamethodSites {
    private MetamethodSites() {
    }

    static String eventOf(Node n) {
        if (n instanceof ArithNode a) {
            return a.eventName();
        }
        if (n instanceof ConcatNode) {
            return "concat";
        }
        if (n instanceof EqualNode) {
            return "eq";
        }
        if (n instanceof CompareNode c) {
            return c.eventName();
        }
        if (n instanceof LengthNode) {
            return "len";
        }
        if (n instanceof UnaryMinusNode) {
            return "unm";
        }
        if (n instanceof BitwiseNotNode) {
            return "bnot";
        }
        if (n instanceof CloseScopeNode) {
            return "close";
        }
        return null;
    }
}
