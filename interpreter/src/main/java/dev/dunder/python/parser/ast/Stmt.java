package dev.dunder.python.parser.ast;

import java.util.List;

/** Python statements. */
public sealed interface Stmt {
    Pos pos();

    /** {@code annotations}: parameter and "return" annotations, in source order. */
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators, List<Expr.Keyword> annotations) implements Stmt {
    }

    record ClassDef(Pos pos, String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body, List<Expr> decorators) implements Stmt {
    }

    record Return(Pos pos, Expr value) implements Stmt {
    }

    record Delete(Pos pos, List<Expr> targets) implements Stmt {
    }

    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {
    }

    record AugAssign(Pos pos, Expr target, String op, Expr value) implements Stmt {
    }

    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value) implements Stmt {
    }

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record WithItem(Expr context, Expr target) {
    }

    record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {
    }

    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {
    }

    record Handler(Pos pos, Expr type, String name, List<Stmt> body) {
    }

    record Try(Pos pos, List<Stmt> body, List<Handler> handlers, List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {
    }

    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {
    }

    record Alias(String name, String asName) {
    }

    record Import(Pos pos, List<Alias> names) implements Stmt {
    }

    /** names == null for {@code import *}. */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {
    }

    record Global(Pos pos, List<String> names) implements Stmt {
    }

    record Nonlocal(Pos pos, List<String> names) implements Stmt {
    }

    record ExprStmt(Pos pos, Expr value) implements Stmt {
    }

    record Pass(Pos pos) implements Stmt {
    }

    record Break(Pos pos) implements Stmt {
    }

    record Continue(Pos pos) implements Stmt {
    }
}
