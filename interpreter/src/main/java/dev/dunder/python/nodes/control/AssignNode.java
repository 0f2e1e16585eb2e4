package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.vars.TargetNode;

/** {@code t1 = t2 = value}: the value once, then each target from left to right. */
public final class AssignNode extends PyStatementNode {
    @Child private ExpressionNode value;
    @Children private final TargetNode[] targets;

    public AssignNode(ExpressionNode value, TargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    /** What the value has produced so far: while only ints (or only floats), a single target gets them unboxed. */
    @CompilationFinal private int seen = UNSEEN;
    private static final int UNSEEN = 0;
    private static final int LONG = 1;
    private static final int DOUBLE = 2;
    private static final int OBJECT = 3;

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (targets.length == 1 && seen == LONG) {
            try {
                targets[0].executeAssignLong(frame, value.executeLong(frame));
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                seen = OBJECT;
                targets[0].executeAssign(frame, e.getResult());
            }
            return;
        }
        if (targets.length == 1 && seen == DOUBLE) {
            try {
                targets[0].executeAssignDouble(frame, value.executeDouble(frame));
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                seen = OBJECT;
                targets[0].executeAssign(frame, e.getResult());
            }
            return;
        }
        Object v = value.executeGeneric(frame);
        if (seen == UNSEEN) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seen = v instanceof Long ? LONG : v instanceof Double ? DOUBLE : OBJECT;
        }
        for (TargetNode t : targets) {
            t.executeAssign(frame, v);
        }
    }
}
