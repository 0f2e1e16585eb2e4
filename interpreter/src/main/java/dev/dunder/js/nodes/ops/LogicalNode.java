package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** {@code a && b}, {@code a || b}, {@code a ?? b}: the right side only when needed, the deciding operand as the value. */
public final class LogicalNode extends ExpressionNode {
    public enum Kind {
        AND, OR, NULLISH
    }

    private final Kind kind;
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public LogicalNode(Kind kind, ExpressionNode left, ExpressionNode right) {
        this.kind = kind;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        boolean takeLeft;
        switch (kind) {
            case AND:
                takeLeft = !Conversions.toBoolean(l);
                break;
            case OR:
                takeLeft = Conversions.toBoolean(l);
                break;
            default:
                takeLeft = l != Undefined.INSTANCE && l != Null.INSTANCE;
                break;
        }
        if (profile.profile(takeLeft)) {
            return l;
        }
        return right.executeGeneric(frame);
    }
}
