package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** A generator suspending: unwinds the body to the resume root, which returns the value. Frame state stays in slots. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
