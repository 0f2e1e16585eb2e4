package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * The end of an optional chain {@code a?.b.c(d)}: a link that finds undefined or null
 * before its {@code ?.} abandons the whole chain, which is then undefined.
 */
public final class OptionalChainNode extends ExpressionNode {
    /** Thrown by an optional link whose object is nullish. */
    public static final ControlFlowException SHORT_CIRCUIT = new ShortCircuit();

    @Child private ExpressionNode chain;
    /** What the chain yields when it short-circuits: undefined, or true for {@code delete a?.b}. */
    private final Object shortCircuitValue;

    public OptionalChainNode(ExpressionNode chain) {
        this(chain, Undefined.INSTANCE);
    }

    public OptionalChainNode(ExpressionNode chain, Object shortCircuitValue) {
        this.chain = chain;
        this.shortCircuitValue = shortCircuitValue;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        try {
            return chain.executeGeneric(frame);
        } catch (ShortCircuit e) {
            return shortCircuitValue;
        }
    }

    private static final class ShortCircuit extends ControlFlowException {
        private static final long serialVersionUID = 1L;
    }
}
