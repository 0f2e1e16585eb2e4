package dev.dunder.lua.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * The left-hand side of an assignment. Lua evaluates the table and key of every
 * target before any value, and stores afterwards: {@link #evaluateObject} and
 * {@link #evaluateKey} run first (variables have neither), {@link #store} last.
 */
public abstract class LuaTargetNode extends Node {
    public Object evaluateObject(@SuppressWarnings("unused") VirtualFrame frame) {
        return null;
    }

    public Object evaluateKey(@SuppressWarnings("unused") VirtualFrame frame) {
        return null;
    }

    public abstract void store(VirtualFrame frame, Object object, Object key, Object value);
}
