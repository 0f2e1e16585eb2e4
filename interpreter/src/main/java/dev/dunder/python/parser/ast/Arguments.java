package dev.dunder.python.parser.ast;

import java.util.List;

/**
 * A parameter list. {@code defaults} belong to the last positional parameters;
 * {@code kwDefaults} has one entry (possibly null) per keyword-only parameter.
 */
public record Arguments(List<Arg> posOnly, List<Arg> args, Arg varArg, List<Arg> kwOnly, List<Expr> kwDefaults, Arg kwArg, List<Expr> defaults) {

    public record Arg(Pos pos, String name) {
    }

    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
