package dev.dunder.js.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * Something a value is stored into: a declared variable, a global, a property, or a
 * destructuring pattern that takes the value apart (§8.6.2, §13.15.5). Declarations,
 * parameters, for-in/of heads, catch clauses and assignments all use these.
 */
public abstract class BindingTargetNode extends Node {
    public abstract void execute(VirtualFrame frame, Object value);
}
