package dev.dunder.common.nodes;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code return value}: unwinds to the function's root node, which returns the value. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
