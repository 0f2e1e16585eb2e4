package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * {@code goto name}: unwinds to the innermost enclosing block that declares the label
 * (Lua's visibility rules, checked at compile time, make that the right one).
 */
public final class GotoException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final String label;

    public GotoException(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
