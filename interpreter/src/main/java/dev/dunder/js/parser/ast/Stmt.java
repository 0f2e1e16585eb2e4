package dev.dunder.js.parser.ast;

import java.util.List;

/** JavaScript statements. */
public sealed interface Stmt {
    int pos();

    enum VarKind {
        VAR, LET, CONST;

        public boolean isLexical() {
            return this != VAR;
        }
    }

    record Declarator(Pattern target, Expr init) {
    }

    record VarDecl(int pos, VarKind kind, List<Declarator> declarations) implements Stmt {
    }

    record FunctionDecl(int pos, FunctionNode function) implements Stmt {
    }

    record ClassDecl(int pos, ClassNode cls) implements Stmt {
    }

    record ExprStmt(int pos, Expr expr) implements Stmt {
    }

    record Block(int pos, List<Stmt> body) implements Stmt {
    }

    record If(int pos, Expr test, Stmt then, Stmt otherwise) implements Stmt {
    }

    /** {@code for (init; test; update) body}; {@code init} is a VarDecl, an ExprStmt or null. */
    record For(int pos, Stmt init, Expr test, Expr update, Stmt body) implements Stmt {
    }

    /** {@code for (kind target in/of iterable) body}; {@code kind} null when the target is not a declaration. */
    record ForInOf(int pos, boolean isOf, VarKind kind, Pattern target, Expr iterable, Stmt body) implements Stmt {
    }

    record While(int pos, Expr test, Stmt body) implements Stmt {
    }

    record DoWhile(int pos, Stmt body, Expr test) implements Stmt {
    }

    record Continue(int pos, String label) implements Stmt {
    }

    record Break(int pos, String label) implements Stmt {
    }

    record Return(int pos, Expr value) implements Stmt {
    }

    record Throw(int pos, Expr value) implements Stmt {
    }

    /** {@code try}; {@code param} may be null with a handler ({@code catch {}}); handler or finalizer may be null. */
    record Try(int pos, Block block, Pattern param, Block handler, Block finalizer) implements Stmt {
    }

    record Case(int pos, Expr test, List<Stmt> body) {
    }

    record Switch(int pos, Expr discriminant, List<Case> cases) implements Stmt {
    }

    record Labeled(int pos, String label, Stmt body) implements Stmt {
    }

    record Empty(int pos) implements Stmt {
    }
}
