package dev.dunder.runtime.lua.model;

import dev.dunder.runtime.lua.LuaNumbers;

/**
 * The binary arithmetic and bitwise operators, with their metamethod events and
 * what they compute on numbers of each subtype. Integer results wrap around;
 * {@code /} and {@code ^} always compute in floats.
 */
public enum LuaOp {
    ADD("+", "__add"),
    SUB("-", "__sub"),
    MUL("*", "__mul"),
    DIV("/", "__div"),
    MOD("%", "__mod"),
    POW("^", "__pow"),
    IDIV("//", "__idiv"),
    BAND("&", "__band"),
    BOR("|", "__bor"),
    BXOR("~", "__bxor"),
    SHL("<<", "__shl"),
    SHR(">>", "__shr");

    public final String symbol;
    public final String event;

    LuaOp(String symbol, String event) {
        this.symbol = symbol;
        this.event = event;
    }

    public boolean isBitwise() {
        return ordinal() >= BAND.ordinal();
    }

    /** The event name without underscores, as the string library's errors say it ("add"). */
    public String eventName() {
        return event.substring(2);
    }

    /** The result for two integers (not for DIV and POW, which are float operations). */
    public long onIntegers(long a, long b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case MOD -> LuaNumbers.mod(a, b);
            case IDIV -> LuaNumbers.idiv(a, b);
            case BAND -> a & b;
            case BOR -> a | b;
            case BXOR -> a ^ b;
            case SHL -> LuaNumbers.shiftLeft(a, b);
            case SHR -> LuaNumbers.shiftRight(a, b);
            default -> throw new IllegalStateException(name());
        };
    }

    /** The result for two floats (arithmetic operators only). */
    public double onFloats(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case MOD -> LuaNumbers.mod(a, b);
            case POW -> LuaNumbers.pow(a, b);
            case IDIV -> LuaNumbers.idiv(a, b);
            default -> throw new IllegalStateException(name());
        };
    }

    /** Whether two integers give an integer result (everything but / and ^). */
    public boolean integerResult() {
        return this != DIV && this != POW;
    }
}
