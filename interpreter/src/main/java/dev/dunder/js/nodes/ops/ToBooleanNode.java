package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.JSTypes;
import dev.dunder.runtime.js.ops.Conversions;

/** A condition: ToBoolean of an expression (§7.1.2). */
@TypeSystemReference(JSTypes.class)
@NodeChild(value = "value", type = ExpressionNode.class)
public abstract class ToBooleanNode extends Node {

    public abstract boolean executeBoolean(VirtualFrame frame);

    public static ToBooleanNode create(ExpressionNode value) {
        return ToBooleanNodeGen.create(value);
    }

    @Specialization
    protected static boolean bool(boolean b) {
        return b;
    }

    @Specialization
    protected static boolean intNumber(int i) {
        return i != 0;
    }

    @Specialization
    protected static boolean number(double d) {
        return d != 0 && d == d;
    }

    @Specialization
    protected static boolean generic(Object v) {
        return Conversions.toBoolean(v);
    }
}
