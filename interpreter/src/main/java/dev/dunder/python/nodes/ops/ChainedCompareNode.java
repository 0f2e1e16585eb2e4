package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;

/**
 * {@code a < b < c}: each operand evaluated at most once, stopping at the first false
 * comparison, whose result is the value of the whole expression.
 */
public final class ChainedCompareNode extends PyExpressionNode {
    @Children private final ExpressionNode[] operands;
    @Children private final Comparison[] comparisons;
    @Child private IsTrueNode isTrue = IsTrueNode.create();

    /** One link of the chain: a rich comparison, identity test or membership test. */
    public interface Comparison extends com.oracle.truffle.api.nodes.NodeInterface {
        Object compare(Object a, Object b);
    }

    public ChainedCompareNode(ExpressionNode[] operands, Comparison[] comparisons) {
        this.operands = operands;
        this.comparisons = comparisons;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object left = operands[0].executeGeneric(frame);
        Object result = Boolean.TRUE;
        for (int i = 0; i < comparisons.length; i++) {
            Object right = operands[i + 1].executeGeneric(frame);
            try {
                result = comparisons[i].compare(left, right);
                if (i < comparisons.length - 1 && !isTrue.execute(result)) {
                    return result;
                }
            } catch (PythonException e) {
                throw located(e);
            }
            left = right;
        }
        return result;
    }

    /** A rich comparison link. */
    public static final class RichLink extends com.oracle.truffle.api.nodes.Node implements Comparison {
        @Child private CompareNode compare;

        public RichLink(dev.dunder.runtime.python.ops.PyCompare.Op op) {
            this.compare = CompareNode.create(op, null, null);
        }

        @Override
        public Object compare(Object a, Object b) {
            return compare.executeCompare(a, b);
        }
    }

    /** {@code is} / {@code is not}. */
    public static final class IdentityLink extends com.oracle.truffle.api.nodes.Node implements Comparison {
        private final boolean negated;

        public IdentityLink(boolean negated) {
            this.negated = negated;
        }

        @Override
        public Object compare(Object a, Object b) {
            return IdentityNode.same(a, b) != negated;
        }
    }

    /** {@code in} / {@code not in}. */
    public static final class ContainsLink extends com.oracle.truffle.api.nodes.Node implements Comparison {
        private final boolean negated;

        public ContainsLink(boolean negated) {
            this.negated = negated;
        }

        @Override
        public Object compare(Object a, Object b) {
            return ContainsNode.contains(b, a) != negated;
        }
    }
}
