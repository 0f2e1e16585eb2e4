package dev.dunder.js.parser.ast;

/**
 * The key of a property, method or field: a literal name ({@code name}), a computed
 * key ({@code [expr]}), or a private name ({@code #name}, with {@code isPrivate}).
 */
public record PropKey(int pos, String name, Expr computed, boolean isPrivate) {
    public static PropKey named(int pos, String name) {
        return new PropKey(pos, name, null, false);
    }

    public boolean isComputed() {
        return computed != null;
    }
}
