package dev.dunder.common.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/** A node that produces a value. Typed execute methods let the DSL keep ints and floats unboxed. */
@GenerateWrapper
public abstract class ExpressionNode extends StatementNode {

    public abstract Object executeGeneric(VirtualFrame frame);

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeGeneric(frame);
    }

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        Object v = executeGeneric(frame);
        if (v instanceof Long l) {
            return l;
        }
        throw new UnexpectedResultException(v);
    }

    public int executeInt(VirtualFrame frame) throws UnexpectedResultException {
        Object v = executeGeneric(frame);
        if (v instanceof Integer i) {
            return i;
        }
        throw new UnexpectedResultException(v);
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        Object v = executeGeneric(frame);
        if (v instanceof Double d) {
            return d;
        }
        throw new UnexpectedResultException(v);
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        Object v = executeGeneric(frame);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new UnexpectedResultException(v);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (tag == StandardTags.ExpressionTag.class) {
            return hasSource();
        }
        return super.hasTag(tag);
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new ExpressionNodeWrapper(this, probe);
    }
}
