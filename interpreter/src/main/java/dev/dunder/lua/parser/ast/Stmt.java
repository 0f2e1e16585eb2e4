package dev.dunder.lua.parser.ast;

import java.util.List;

/** Lua statements after name resolution. */
public sealed interface Stmt {
    int line();

    /** {@code local a, b <close> = e1, e2}; variables folded into constants are left out of {@code vars}. */
    record LocalAssign(int line, List<LocalVar> vars, List<Expr> values) implements Stmt {
    }

    record LocalFunction(int line, LocalVar var, FunctionBody body) implements Stmt {
    }

    /** Targets are Local, Upvalue, Global or Index expressions. */
    record Assign(int line, List<Expr> targets, List<Expr> values) implements Stmt {
    }

    record CallStatement(int line, Expr call) implements Stmt {
    }

    record Do(int line, Block block) implements Stmt {
    }

    record While(int line, Expr condition, Block body) implements Stmt {
    }

    /** The condition sees the body's locals. */
    record Repeat(int line, Block body, Expr condition) implements Stmt {
    }

    record If(int line, List<Expr> conditions, List<Block> blocks, Block orElse) implements Stmt {
    }

    record NumericFor(int line, LocalVar var, Expr start, Expr limit, Expr step, Block body) implements Stmt {
    }

    record GenericFor(int line, List<LocalVar> vars, List<Expr> exprs, Block body) implements Stmt {
    }

    record Return(int line, List<Expr> values) implements Stmt {
    }

    record Break(int line) implements Stmt {
    }

    /** {@code goto label}: the innermost enclosing block declaring the label is the target. */
    record Goto(int line, String label) implements Stmt {
    }

    record LabelStmt(int line, String name) implements Stmt {
    }
}
