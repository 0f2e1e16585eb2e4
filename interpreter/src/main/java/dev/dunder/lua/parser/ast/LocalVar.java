package dev.dunder.lua.parser.ast;

/**
 * A local variable declared in Lua source ({@code local}, a parameter, a loop variable).
 * The tree builder decides its frame slot; the {@code captured} flag is set when an
 * inner function uses it as an upvalue, so the frame keeps it in a shared Cell.
 */
public final class LocalVar {
    /** Lua 5.4 variable attributes. */
    public enum Attribute {
        NONE,
        CONST,
        CLOSE
    }

    private final String name;
    private final int slot;
    private final Attribute attribute;
    private final int line;
    private boolean captured;
    /** For a {@code <const>} variable initialised by a constant: the value, which replaces every use. */
    private Object constantValue;

    public LocalVar(String name, int slot, Attribute attribute, int line) {
        this.name = name;
        this.slot = slot;
        this.attribute = attribute;
        this.line = line;
    }

    public String name() {
        return name;
    }

    public int slot() {
        return slot;
    }

    public Attribute attribute() {
        return attribute;
    }

    public int line() {
        return line;
    }

    public boolean isReadOnly() {
        return attribute != Attribute.NONE;
    }

    public boolean isCaptured() {
        return captured;
    }

    public void markCaptured() {
        captured = true;
    }

    public Object constantValue() {
        return constantValue;
    }

    public void setConstantValue(Object value) {
        this.constantValue = value;
    }

    @Override
    public String toString() {
        return name + "@" + slot;
    }
}
