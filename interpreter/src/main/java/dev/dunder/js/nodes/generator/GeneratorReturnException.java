package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code generator.return(v)}: the pending yield acts like {@code return v}, running finally blocks on the way out. */
public final class GeneratorReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public GeneratorReturnException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
