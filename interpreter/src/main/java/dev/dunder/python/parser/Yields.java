package dev.dunder.python.parser;

import java.util.List;

import dev.dunder.python.parser.ast.Expr;
import dev.dunder.python.parser.ast.Stmt;

/** Whether a statement or expression contains a yield of the current scope (nested functions, lambdas and comprehensions are other scopes). */
final class Yields {
    private Yields() {
    }

    static boolean in(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> any(f.decorators()) || any(f.args().defaults());
            case Stmt.ClassDef c -> any(c.decorators()) || any(c.bases());
            case Stmt.Return r -> in(r.value());
            case Stmt.Delete d -> any(d.targets());
            case Stmt.Assign a -> in(a.value()) || any(a.targets());
            case Stmt.AugAssign a -> in(a.value()) || in(a.target());
            case Stmt.AnnAssign a -> in(a.value()) || in(a.target());
            case Stmt.For f -> in(f.iter()) || in(f.target()) || stmts(f.body()) || stmts(f.orelse());
            case Stmt.While w -> in(w.test()) || stmts(w.body()) || stmts(w.orelse());
            case Stmt.If i -> in(i.test()) || stmts(i.body()) || stmts(i.orelse());
            case Stmt.With w -> w.items().stream().anyMatch(it -> in(it.context()) || in(it.target())) || stmts(w.body());
            case Stmt.Raise r -> in(r.exc()) || in(r.cause());
            case Stmt.Try t -> stmts(t.body()) || t.handlers().stream().anyMatch(h -> in(h.type()) || stmts(h.body())) || stmts(t.orelse()) || stmts(t.finalbody());
            case Stmt.Assert a -> in(a.test()) || in(a.msg());
            case Stmt.ExprStmt e -> in(e.value());
            default -> false;
        };
    }

    private static boolean stmts(List<Stmt> list) {
        for (Stmt s : list) {
            if (in(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(List<Expr> list) {
        for (Expr e : list) {
            if (in(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean in(Expr e) {
        if (e == null) {
            return false;
        }
        return switch (e) {
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Expr.Name n -> false;
            case Expr.Constant c -> false;
            case Expr.Lambda l -> any(l.args().defaults());
            case Expr.Comp c -> in(c.generators().get(0).iter());
            case Expr.DictComp d -> in(d.generators().get(0).iter());
            case Expr.JoinedStr j -> any(j.parts());
            case Expr.FormattedValue f -> in(f.value()) || in(f.spec());
            case Expr.BinOp b -> in(b.left()) || in(b.right());
            case Expr.UnaryOp u -> in(u.operand());
            case Expr.BoolOp b -> any(b.values());
            case Expr.Compare c -> in(c.left()) || any(c.comparators());
            case Expr.Call c -> in(c.func()) || any(c.args()) || c.keywords().stream().anyMatch(k -> in(k.value()));
            case Expr.Attribute a -> in(a.value());
            case Expr.Subscript s -> in(s.value()) || in(s.slice());
            case Expr.Slice s -> in(s.lower()) || in(s.upper()) || in(s.step());
            case Expr.Starred s -> in(s.value());
            case Expr.ListExpr l -> any(l.elts());
            case Expr.TupleExpr t -> any(t.elts());
            case Expr.SetExpr s -> any(s.elts());
            case Expr.DictExpr d -> d.keys().stream().anyMatch(Yields::in) || any(d.values());
            case Expr.IfExp i -> in(i.test()) || in(i.body()) || in(i.orelse());
            case Expr.NamedExpr n -> in(n.value());
        };
    }
}
