package dev.dunder.runtime.lua.model;

/**
 * An operation applied to a value of the wrong type ("attempt to index a nil value").
 * Raised by the reference operations, it never leaves Java code as it is: the node
 * that performed the operation turns it into a Lua error with its position and the
 * name of the offending variable ("(local 't')"), or, inside a builtin, into one
 * without position, as Lua reports errors raised in C functions.
 */
public final class LuaTypeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final transient Object value;
    private final int operand;

    /**
     * @param operation "index", "call", "perform arithmetic on", "concatenate", ...
     * @param value the offending value
     * @param operand which operand of the node it is (0: the first or only one, 1: the second),
     *            or -1 when it is no operand of the node (a value met along an {@code __index} chain)
     */
    public LuaTypeError(String operation, Object value, int operand) {
        super(operation, null, false, false);
        this.operation = operation;
        this.value = value;
        this.operand = operand;
    }

    public String getOperation() {
        return operation;
    }

    public Object getValue() {
        return value;
    }

    public int getOperand() {
        return operand;
    }

    /** The operation {@code NO_INTEGER} stands for "number has no integer representation". */
    public static final String NO_INTEGER = "convert to integer";

    /** A float without an integer value where an integer was needed (bitwise operations). */
    public static LuaTypeError noIntegerRepresentation(Object value, int operand) {
        return new LuaTypeError(NO_INTEGER, value, operand);
    }

    /**
     * The message, with the variable description (such as {@code "local 't'"}) when one is
     * known: "attempt to index a nil value (local 't')", "number (local 'x') has no integer
     * representation".
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public String message(String variable) {
        if (operation.equals(NO_INTEGER)) {
            return "number" + (variable == null ? "" : " (" + variable + ")") + " has no integer representation";
        }
        return "attempt to " + operation + " a " + LuaMetatables.objTypeName(value) + " value" + (variable == null ? "" : " (" + variable + ")");
    }
}
