package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Suspends a generator: unwinds its body (which remembers where it was) to the resume root, carrying the yielded value. */
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
