package dev.dunder.python.parser;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.dunder.python.parser.Scope.Kind;
import dev.dunder.python.parser.Scope.Symbol;
import dev.dunder.python.parser.ast.Arguments;
import dev.dunder.python.parser.ast.Expr;
import dev.dunder.python.parser.ast.Stmt;

/**
 * Decides, as CPython's symtable does, what every name means in every scope:
 * names bound in a function are its locals (unless declared global/nonlocal);
 * names used but not bound come from the nearest enclosing function that binds them
 * (skipping class bodies) or are globals; a local some inner scope reads becomes a
 * cell. Methods that use {@code super} or {@code __class__} get the class's
 * {@code __class__} cell.
 */
final class ScopeAnalyzer {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;

    Map<Object, Scope> analyze(Object moduleKey, List<Stmt> body, boolean namespaceMode) {
        Scope module = new Scope(namespaceMode ? Kind.CLASS : Kind.MODULE, "<module>", null);
        module.qualname = "";
        scopes.put(moduleKey, module);
        current = module;
        stmts(body);
        resolve(module);
        return scopes;
    }

    // ---- collection ---------------------------------------------------------------------------

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void bind(String name) {
        current.bound.add(name);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                exprs(f.decorators());
                defaults(f.args());
                for (Expr.Keyword a : f.annotations()) {
                    expr(a.value());
                }
                bind(f.name());
                Scope scope = open(Kind.FUNCTION, f.name(), f);
                params(scope, f.args());
                stmts(f.body());
                current = scope.parent;
            }
            case Stmt.ClassDef c -> {
                exprs(c.decorators());
                exprs(c.bases());
                for (Expr.Keyword k : c.keywords()) {
                    expr(k.value());
                }
                bind(c.name());
                Scope scope = open(Kind.CLASS, c.name(), c);
                stmts(c.body());
                current = scope.parent;
            }
            case Stmt.Return r -> {
                if (!current.isFunctionLike()) {
                    throw AstBuilder.error("'return' outside function", r.pos());
                }
                expr(r.value());
            }
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    target(t);
                }
            }
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) {
                    target(t);
                }
            }
            case Stmt.AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Expr.Name n) {
                    current.used.add(n.id());
                }
                target(a.target());
            }
            case Stmt.AnnAssign a -> {
                expr(a.annotation());
                expr(a.value());
                if (a.value() != null || !(a.target() instanceof Expr.Name)) {
                    target(a.target());
                } else if (a.target() instanceof Expr.Name n) {
                    bind(n.id());
                }
            }
            case Stmt.For f -> {
                expr(f.iter());
                target(f.target());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                for (Stmt.WithItem item : w.items()) {
                    expr(item.context());
                    if (item.target() != null) {
                        target(item.target());
                    }
                }
                stmts(w.body());
            }
            case Stmt.Raise r -> {
                expr(r.exc());
                expr(r.cause());
            }
            case Stmt.Try t -> {
                stmts(t.body());
                for (Stmt.Handler h : t.handlers()) {
                    expr(h.type());
                    if (h.name() != null) {
                        bind(h.name());
                    }
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                expr(a.msg());
            }
            case Stmt.Import i -> {
                for (Stmt.Alias a : i.names()) {
                    bind(a.asName() != null ? a.asName() : a.name().split("\\.")[0]);
                }
            }
            case Stmt.ImportFrom i -> {
                if (i.names() == null) {
                    if (current.kind != Kind.MODULE) {
                        throw AstBuilder.error("import * only allowed at module level", i.pos());
                    }
                } else {
                    for (Stmt.Alias a : i.names()) {
                        bind(a.asName() != null ? a.asName() : a.name());
                    }
                }
            }
            case Stmt.Global g -> {
                for (String n : g.names()) {
                    if (current.params.contains(n)) {
                        throw AstBuilder.error("name '" + n + "' is parameter and global", g.pos());
                    }
                    if (current.bound.contains(n) || current.used.contains(n)) {
                        throw AstBuilder.error("name '" + n + "' is " + (current.bound.contains(n) ? "assigned to" : "used") + " before global declaration", g.pos());
                    }
                    current.declaredGlobal.add(n);
                }
            }
            case Stmt.Nonlocal nl -> {
                if (current.kind == Kind.MODULE) {
                    throw AstBuilder.error("nonlocal declaration not allowed at module level", nl.pos());
                }
                if (current.kind == Kind.CLASS && current.parent != null && current.parent.kind == Kind.MODULE) {
                    throw AstBuilder.error("no binding for nonlocal '" + nl.names().get(0) + "' found", nl.pos());
                }
                for (String n : nl.names()) {
                    if (current.params.contains(n)) {
                        throw AstBuilder.error("name '" + n + "' is parameter and nonlocal", nl.pos());
                    }
                    if (current.bound.contains(n) || current.used.contains(n)) {
                        throw AstBuilder.error("name '" + n + "' is " + (current.bound.contains(n) ? "assigned to" : "used") + " before nonlocal declaration", nl.pos());
                    }
                    current.declaredNonlocal.add(n);
                    current.nonlocalPos.put(n, nl.pos());
                }
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    private Scope open(Kind kind, String name, Object key) {
        Scope scope = new Scope(kind, name, current);
        scope.qualname = qualname(current, name);
        scopes.put(key, scope);
        current = scope;
        return scope;
    }

    /** CPython's __qualname__: "f.<locals>.g", "A.m". */
    private static String qualname(Scope parent, String name) {
        if (parent.kind == Kind.MODULE || parent.qualname == null || parent.qualname.isEmpty()) {
            return name;
        }
        if (parent.kind == Kind.CLASS) {
            return parent.qualname + "." + name;
        }
        return parent.qualname + ".<locals>." + name;
    }

    private void params(Scope scope, Arguments args) {
        for (Arguments.Arg a : args.posOnly()) {
            scope.params.add(a.name());
        }
        for (Arguments.Arg a : args.args()) {
            scope.params.add(a.name());
        }
        for (Arguments.Arg a : args.kwOnly()) {
            scope.params.add(a.name());
        }
        if (args.varArg() != null) {
            scope.params.add(args.varArg().name());
        }
        if (args.kwArg() != null) {
            scope.params.add(args.kwArg().name());
        }
        scope.bound.addAll(scope.params);
    }

    private void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr e : args.kwDefaults()) {
            expr(e);
        }
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    /** A binding target: names are bound, everything else is evaluated. */
    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> bind(n.id());
            case Expr.TupleExpr tu -> tu.elts().forEach(this::target);
            case Expr.ListExpr l -> l.elts().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            default -> expr(t);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.Name n -> {
                current.used.add(n.id());
                if (n.id().equals("super") || n.id().equals("__class__")) {
                    current.usesClassCell = true;
                }
            }
            case Expr.Constant c -> {
            }
            case Expr.JoinedStr j -> exprs(j.parts());
            case Expr.FormattedValue f -> {
                expr(f.value());
                expr(f.spec());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Expr.Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.ListExpr l -> exprs(l.elts());
            case Expr.TupleExpr t -> exprs(t.elts());
            case Expr.SetExpr s -> exprs(s.elts());
            case Expr.DictExpr d -> {
                for (Expr k : d.keys()) {
                    expr(k);
                }
                exprs(d.values());
            }
            case Expr.Comp c -> comprehension(c, c.generators(), List.of(c.elt()));
            case Expr.DictComp d -> comprehension(d, d.generators(), List.of(d.key(), d.value()));
            case Expr.Lambda l -> {
                defaults(l.args());
                Scope scope = open(Kind.FUNCTION, "<lambda>", l);
                params(scope, l.args());
                expr(l.body());
                current = scope.parent;
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                bindWalrus(n);
            }
            case Expr.Yield y -> {
                markGenerator(y.pos());
                expr(y.value());
            }
            case Expr.YieldFrom y -> {
                markGenerator(y.pos());
                expr(y.value());
            }
        }
    }

    private void markGenerator(dev.dunder.python.parser.ast.Pos p) {
        if (current.kind == Kind.MODULE || current.kind == Kind.CLASS) {
            throw AstBuilder.error("'yield' outside function", p);
        }
        if (current.kind == Kind.COMPREHENSION) {
            throw AstBuilder.error("'yield' inside " + "comprehension", p);
        }
        current.generator = true;
    }

    /** PEP 572: in a comprehension, the walrus target belongs to the enclosing function (or module). */
    private void bindWalrus(Expr.NamedExpr n) {
        String name = n.target().id();
        if (current.kind != Kind.COMPREHENSION) {
            bind(name);
            return;
        }
        Scope owner = current;
        while (owner.kind == Kind.COMPREHENSION) {
            owner = owner.parent;
        }
        if (owner.kind == Kind.CLASS) {
            throw AstBuilder.error("assignment expression within a comprehension cannot be used in a class body", n.pos());
        }
        owner.bound.add(name);
        Scope s = current;
        while (s != owner) {
            if (owner.kind == Kind.MODULE) {
                s.declaredGlobal.add(name);
            } else {
                s.declaredNonlocal.add(name);
            }
            s = s.parent;
        }
    }

    private void comprehension(Object key, List<Expr.Comprehension> generators, List<Expr> elements) {
        // the first iterable is evaluated in the enclosing scope
        expr(generators.get(0).iter());
        Scope scope = open(Kind.COMPREHENSION, key instanceof Expr.Comp c ? "<" + c.kind().replace("gen", "genexpr").replace("list", "listcomp").replace("set", "setcomp") + ">" : "<dictcomp>", key);
        scope.params.add(".0");
        scope.bound.add(".0");
        boolean first = true;
        for (Expr.Comprehension g : generators) {
            if (!first) {
                expr(g.iter());
            }
            first = false;
            target(g.target());
            exprs(g.ifs());
        }
        exprs(elements);
        if (key instanceof Expr.Comp c && c.kind().equals("gen")) {
            scope.generator = true;
        }
        current = scope.parent;
    }

    // ---- resolution ---------------------------------------------------------------------------

    private void resolve(Scope scope) {
        for (String n : scope.declaredNonlocal) {
            Scope owner = findBinding(scope.parent, n);
            if (owner == null) {
                throw AstBuilder.error("no binding for nonlocal '" + n + "' found", scope.nonlocalPos.get(n));
            }
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.addAll(scope.bound);
        names.addAll(scope.used);
        names.addAll(scope.declaredGlobal);
        names.addAll(scope.declaredNonlocal);
        for (String n : names) {
            scope.symbols.put(n, classify(scope, n));
        }
        if (scope.usesClassCell && scope.kind != Kind.MODULE) {
            Scope cls = scope.kind == Kind.CLASS ? null : nearestClass(scope.parent);
            if (cls != null && !scope.bound.contains("__class__")) {
                scope.symbols.put("__class__", Symbol.FREE);
                capture(scope, cls, "__class__");
            }
        }
        for (Scope child : scope.children) {
            resolve(child);
        }
    }

    private Symbol classify(Scope scope, String n) {
        if (scope.declaredGlobal.contains(n)) {
            return Symbol.GLOBAL;
        }
        if (scope.declaredNonlocal.contains(n)) {
            capture(scope, findBinding(scope.parent, n), n);
            return Symbol.FREE;
        }
        switch (scope.kind) {
            case MODULE:
                return Symbol.GLOBAL;
            case CLASS: {
                if (scope.bound.contains(n)) {
                    return Symbol.NAME;
                }
                Scope owner = findBinding(scope.parent, n);
                if (owner != null) {
                    capture(scope, owner, n);
                    return Symbol.CLASS_FREE;
                }
                return Symbol.NAME;
            }
            default: {
                if (scope.bound.contains(n)) {
                    return scope.cellVars.contains(n) ? Symbol.CELL : Symbol.LOCAL;
                }
                Scope owner = findBinding(scope.parent, n);
                if (owner != null) {
                    capture(scope, owner, n);
                    return Symbol.FREE;
                }
                return Symbol.GLOBAL;
            }
        }
    }

    /** The nearest enclosing function scope (class bodies are skipped) that binds {@code n} locally. */
    private static Scope findBinding(Scope s, String n) {
        while (s != null && s.kind != Kind.MODULE) {
            if (s.isFunctionLike() && s.bound.contains(n) && !s.declaredGlobal.contains(n)) {
                if (s.declaredNonlocal.contains(n)) {
                    return findBinding(s.parent, n);
                }
                return s;
            }
            s = s.parent;
        }
        return null;
    }

    private static Scope nearestClass(Scope s) {
        while (s != null && s.kind != Kind.CLASS) {
            if (s.kind == Kind.MODULE) {
                return null;
            }
            s = s.parent;
        }
        return s;
    }

    /** {@code user} reads {@code n} owned by {@code owner}: owner gets a cell, scopes in between pass it through. */
    private static void capture(Scope user, Scope owner, String n) {
        if (owner == null) {
            return;
        }
        owner.cellVars.add(n);
        if (owner.symbols.containsKey(n) && owner.symbols.get(n) == Symbol.LOCAL) {
            owner.symbols.put(n, Symbol.CELL);
        }
        Scope s = user;
        while (s != owner) {
            s.freeVars.add(n);
            if (s != user && !s.symbols.containsKey(n)) {
                s.symbols.put(n, s.kind == Kind.CLASS ? Symbol.CLASS_FREE : Symbol.FREE);
            }
            s = s.parent;
        }
    }
}
