package dev.dunder.js.parser.scope;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.dunder.js.parser.JsSyntaxError;
import dev.dunder.js.parser.ast.ClassNode;
import dev.dunder.js.parser.ast.Expr;
import dev.dunder.js.parser.ast.FunctionNode;
import dev.dunder.js.parser.ast.Pattern;
import dev.dunder.js.parser.ast.PropKey;
import dev.dunder.js.parser.ast.Stmt;
import dev.dunder.js.parser.ast.Stmt.VarKind;

/**
 * Decides, before any node is built, what every name in the program refers to
 * (ECMA-262's environment records, done statically): which declaration, in which
 * function's frame, or the global object. It hoists {@code var} and function
 * declarations, gives {@code let}/{@code const}/{@code class} their block scopes,
 * reports redeclarations as V8 does, and marks the bindings that inner functions
 * capture (those live in cells).
 *
 * <p>{@code this}, {@code new.target}, {@code arguments} and the home object used by
 * {@code super} are bindings too: ordinary functions declare them, arrow functions
 * see their enclosing function's — which is exactly "arrows capture {@code this}
 * lexically".
 */
public final class ScopeAnalyzer {
    public static final String THIS = "this";
    public static final String NEW_TARGET = "new.target";
    public static final String HOME = "%home";
    public static final String FUNC = "%func";
    public static final String ARGUMENTS = "arguments";

    /** The analysis of a whole script. */
    public static final class Result {
        public final FunctionInfo script;
        public final Map<FunctionNode, FunctionInfo> functions = new IdentityHashMap<>();
        /** Reference and declaration sites (Ident, Pattern.Name, This, ...) to their binding; absent or null means global. */
        public final Map<Object, Binding> resolved = new IdentityHashMap<>();
        /** Statements and nodes that open a scope (blocks, loops, catch, switch, classes) to it. */
        public final Map<Object, Scope> scopes = new IdentityHashMap<>();
        /** The {@code this} binding each super expression uses (besides its home object or function). */
        public final Map<Object, Binding> superThis = new IdentityHashMap<>();
        /** The {@code new.target} binding each {@code super()} forwards. */
        public final Map<Object, Binding> superNewTarget = new IdentityHashMap<>();

        Result(FunctionInfo script) {
            this.script = script;
        }

        public Binding binding(Object site) {
            return resolved.get(site);
        }

        public Scope scope(Object node) {
            return scopes.get(node);
        }
    }

    private final Result result;
    private Scope current;
    private FunctionInfo function;
    /** A script or REPL input (not a CommonJS module body): a top-level return is an early error, as in V8. */
    private boolean globalScript;

    private ScopeAnalyzer(FunctionInfo script) {
        this.result = new Result(script);
    }

    /** Analyses a script's statements. */
    public static Result analyze(List<Stmt> body) {
        return analyze(body, false);
    }

    /**
     * Analyses a script; for an interactive input ({@code interactive}) the names declared
     * at its top level are left unresolved, so they live on as REPL globals that later
     * inputs see (Node's REPL keeps them across lines).
     */
    public static Result analyze(List<Stmt> body, boolean interactive) {
        FunctionInfo script = new FunctionInfo(null, null);
        ScopeAnalyzer a = new ScopeAnalyzer(script);
        a.function = script;
        a.globalScript = interactive;
        Scope top = new Scope(Scope.Kind.FUNCTION, null, script);
        script.setScope(top);
        a.current = top;
        top.declare(THIS, Binding.Kind.THIS, 0);
        top.declare(NEW_TARGET, Binding.Kind.NEW_TARGET, 0);
        if (!interactive) {
            a.hoistFunctionBody(body, List.of(), -1);
        }
        a.statements(body);
        return a.result;
    }

    // ---- declarations ----------------------------------------------------------------------------

    private static JsSyntaxError redeclared(String name, int pos) {
        return new JsSyntaxError("Identifier '" + name + "' has already been declared", pos, 1);
    }

    /** Hoisting for a function body (or the script): vars, top-level functions, top-level lexicals. */
    private void hoistFunctionBody(List<Stmt> body, List<String> paramNames, int unused) {
        Scope scope = current;
        List<Pattern.Name> vars = new ArrayList<>();
        for (Stmt s : body) {
            collectVars(s, vars);
        }
        for (Pattern.Name n : vars) {
            if (scope.lookupLocal(n.name()) == null) {
                scope.declare(n.name(), Binding.Kind.VAR, n.pos());
            }
        }
        declareLexical(body, scope, true);
    }

    /** The lexical declarations directly in a statement list; at a function's top level, function declarations are var-like. */
    private void declareLexical(List<Stmt> body, Scope scope, boolean functionTop) {
        for (Stmt s : body) {
            if (s instanceof Stmt.VarDecl d && d.kind().isLexical()) {
                for (Stmt.Declarator decl : d.declarations()) {
                    for (Pattern.Name n : names(decl.target())) {
                        Binding existing = scope.lookupLocal(n.name());
                        if (existing != null) {
                            throw redeclared(n.name(), Math.max(n.pos(), existing.getPosition()) == n.pos() ? n.pos() : existing.getPosition());
                        }
                        scope.declare(n.name(), d.kind() == VarKind.LET ? Binding.Kind.LET : Binding.Kind.CONST, n.pos());
                    }
                }
            } else if (s instanceof Stmt.ClassDecl c) {
                String name = c.cls().name;
                Binding existing = scope.lookupLocal(name);
                if (existing != null) {
                    throw redeclared(name, Math.max(c.pos(), existing.getPosition()) == c.pos() ? classNamePos(c) : existing.getPosition());
                }
                scope.declare(name, Binding.Kind.CLASS, classNamePos(c));
            } else if (s instanceof Stmt.FunctionDecl f) {
                String name = f.function().name;
                Binding existing = scope.lookupLocal(name);
                if (existing != null) {
                    if (existing.getKind().isLexical() || (!functionTop && existing.getKind() != Binding.Kind.FUNCTION)) {
                        throw redeclared(name, f.function().pos);
                    }
                    if (functionTop && existing.getKind() != Binding.Kind.FUNCTION) {
                        // a var or parameter of the same name: the function initializes that same binding
                        replaceWithFunction(scope, existing);
                        continue;
                    }
                    continue;
                }
                scope.declare(name, Binding.Kind.FUNCTION, f.function().pos);
            }
        }
    }

    private static int classNamePos(Stmt.ClassDecl c) {
        return c.cls().pos + "class ".length();
    }

    private void replaceWithFunction(Scope scope, Binding existing) {
        if (existing.getKind() == Binding.Kind.PARAM) {
            return;
        }
        scope.getBindings().remove(existing.getName());
        scope.getFunction().getBindings().remove(existing);
        scope.declare(existing.getName(), Binding.Kind.FUNCTION, existing.getPosition());
    }

    /** The var-declared names of a statement, not looking into nested functions. */
    private static void collectVars(Stmt s, List<Pattern.Name> out) {
        if (s instanceof Stmt.VarDecl d) {
            if (d.kind() == VarKind.VAR) {
                for (Stmt.Declarator decl : d.declarations()) {
                    out.addAll(names(decl.target()));
                }
            }
        } else if (s instanceof Stmt.Block b) {
            for (Stmt x : b.body()) {
                collectVars(x, out);
            }
        } else if (s instanceof Stmt.If i) {
            collectVars(i.then(), out);
            if (i.otherwise() != null) {
                collectVars(i.otherwise(), out);
            }
        } else if (s instanceof Stmt.For f) {
            if (f.init() != null) {
                collectVars(f.init(), out);
            }
            collectVars(f.body(), out);
        } else if (s instanceof Stmt.ForInOf f) {
            if (f.kind() == VarKind.VAR) {
                out.addAll(names(f.target()));
            }
            collectVars(f.body(), out);
        } else if (s instanceof Stmt.While w) {
            collectVars(w.body(), out);
        } else if (s instanceof Stmt.DoWhile d) {
            collectVars(d.body(), out);
        } else if (s instanceof Stmt.Try t) {
            collectVars(t.block(), out);
            if (t.handler() != null) {
                collectVars(t.handler(), out);
            }
            if (t.finalizer() != null) {
                collectVars(t.finalizer(), out);
            }
        } else if (s instanceof Stmt.Switch sw) {
            for (Stmt.Case c : sw.cases()) {
                for (Stmt x : c.body()) {
                    collectVars(x, out);
                }
            }
        } else if (s instanceof Stmt.Labeled l) {
            collectVars(l.body(), out);
        }
    }

    /** The names a pattern binds. */
    public static List<Pattern.Name> names(Pattern p) {
        List<Pattern.Name> out = new ArrayList<>();
        collectNames(p, out);
        return out;
    }

    private static void collectNames(Pattern p, List<Pattern.Name> out) {
        if (p instanceof Pattern.Name n) {
            out.add(n);
        } else if (p instanceof Pattern.WithDefault d) {
            collectNames(d.target(), out);
        } else if (p instanceof Pattern.ArrayPattern a) {
            for (Pattern e : a.elements()) {
                if (e != null) {
                    collectNames(e, out);
                }
            }
            if (a.rest() != null) {
                collectNames(a.rest(), out);
            }
        } else if (p instanceof Pattern.ObjectPattern o) {
            for (Pattern.PropPattern pp : o.props()) {
                collectNames(pp.value(), out);
            }
            if (o.rest() != null) {
                collectNames(o.rest(), out);
            }
        }
    }

    // ---- resolution ----------------------------------------------------------------------------

    /** Resolves a name from the current scope, marking captures along the way; null for globals. */
    private Binding resolve(String name) {
        for (Scope s = current; s != null; s = s.getParent()) {
            Binding b = s.lookupLocal(name);
            if (b == null && name.equals(ARGUMENTS) && s.getKind() == Scope.Kind.FUNCTION && !s.getFunction().isArrow()) {
                b = s.declare(ARGUMENTS, Binding.Kind.ARGUMENTS, 0);
                s.getFunction().usesArguments = true;
            }
            if (b != null) {
                if (b.getFunction() != function) {
                    b.markCaptured();
                    for (FunctionInfo f = function; f != b.getFunction(); f = f.getParent()) {
                        f.capture(b);
                    }
                }
                return b;
            }
        }
        return null;
    }

    private void reference(Object site, String name) {
        Binding b = resolve(name);
        if (b != null) {
            result.resolved.put(site, b);
        }
    }

    private Scope push(Scope.Kind kind, Object owner) {
        Scope s = new Scope(kind, current, function);
        current = s;
        if (owner != null) {
            result.scopes.put(owner, s);
        }
        return s;
    }

    private void pop() {
        current = current.getParent();
    }

    // ---- statements ------------------------------------------------------------------------------

    private void statements(List<Stmt> list) {
        for (Stmt s : list) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.VarDecl d) {
            for (Stmt.Declarator decl : d.declarations()) {
                if (decl.init() != null) {
                    expr(decl.init());
                }
                declaredPattern(decl.target(), d.kind());
            }
        } else if (s instanceof Stmt.FunctionDecl f) {
            reference(f, f.function().name);
            function(f.function());
        } else if (s instanceof Stmt.ClassDecl c) {
            reference(c, c.cls().name);
            classNode(c.cls());
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.expr());
        } else if (s instanceof Stmt.Block b) {
            push(Scope.Kind.BLOCK, b);
            declareLexical(b.body(), current, false);
            statements(b.body());
            pop();
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            statement(i.then());
            if (i.otherwise() != null) {
                statement(i.otherwise());
            }
        } else if (s instanceof Stmt.For f) {
            push(Scope.Kind.BLOCK, f);
            if (f.init() instanceof Stmt.VarDecl d && d.kind().isLexical()) {
                declareLexical(List.of(d), current, false);
            }
            if (f.init() != null) {
                statement(f.init());
            }
            if (f.test() != null) {
                expr(f.test());
            }
            if (f.update() != null) {
                expr(f.update());
            }
            statement(f.body());
            pop();
        } else if (s instanceof Stmt.ForInOf f) {
            push(Scope.Kind.BLOCK, f);
            if (f.kind() != null && f.kind().isLexical()) {
                for (Pattern.Name n : names(f.target())) {
                    if (current.lookupLocal(n.name()) != null) {
                        throw redeclared(n.name(), n.pos());
                    }
                    current.declare(n.name(), f.kind() == VarKind.LET ? Binding.Kind.LET : Binding.Kind.CONST, n.pos());
                }
            }
            // the iterable is evaluated with the loop variables in their dead zone
            expr(f.iterable());
            if (f.kind() != null) {
                declaredPattern(f.target(), f.kind());
            } else {
                pattern(f.target());
            }
            statement(f.body());
            pop();
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            statement(w.body());
        } else if (s instanceof Stmt.DoWhile d) {
            statement(d.body());
            expr(d.test());
        } else if (s instanceof Stmt.Return r) {
            if (globalScript && function == result.script) {
                throw new JsSyntaxError("Illegal return statement", r.pos(), "return".length());
            }
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.Throw t) {
            expr(t.value());
        } else if (s instanceof Stmt.Try t) {
            statement(t.block());
            if (t.handler() != null) {
                push(Scope.Kind.BLOCK, t);
                if (t.param() != null) {
                    for (Pattern.Name n : names(t.param())) {
                        current.declare(n.name(), Binding.Kind.CATCH, n.pos());
                    }
                    declaredPattern(t.param(), VarKind.LET);
                }
                // the handler block may not redeclare the parameter lexically
                for (Stmt x : t.handler().body()) {
                    if (x instanceof Stmt.VarDecl d && d.kind().isLexical()) {
                        for (Stmt.Declarator decl : d.declarations()) {
                            for (Pattern.Name n : names(decl.target())) {
                                if (current.lookupLocal(n.name()) != null) {
                                    throw redeclared(n.name(), n.pos());
                                }
                            }
                        }
                    }
                }
                statement(t.handler());
                pop();
            }
            if (t.finalizer() != null) {
                statement(t.finalizer());
            }
        } else if (s instanceof Stmt.Switch sw) {
            expr(sw.discriminant());
            push(Scope.Kind.BLOCK, sw);
            List<Stmt> all = new ArrayList<>();
            for (Stmt.Case c : sw.cases()) {
                all.addAll(c.body());
            }
            declareLexical(all, current, false);
            for (Stmt.Case c : sw.cases()) {
                if (c.test() != null) {
                    expr(c.test());
                }
                statements(c.body());
            }
            pop();
        } else if (s instanceof Stmt.Labeled l) {
            statement(l.body());
        }
    }

    /** The names of a declaration: map each to its binding (for initialization), check var/let conflicts. */
    private void declaredPattern(Pattern p, VarKind kind) {
        if (p instanceof Pattern.Name n) {
            if (kind == VarKind.VAR) {
                for (Scope s = current; s != null && s.getFunction() == function; s = s.getParent()) {
                    Binding b = s.lookupLocal(n.name());
                    if (b != null && (b.getKind().isLexical() || (b.getKind() == Binding.Kind.FUNCTION && s.getKind() == Scope.Kind.BLOCK))) {
                        throw redeclared(n.name(), n.pos());
                    }
                    if (s.getKind() == Scope.Kind.FUNCTION) {
                        break;
                    }
                }
            }
            reference(n, n.name());
        } else if (p instanceof Pattern.WithDefault d) {
            expr(d.defaultValue());
            declaredPattern(d.target(), kind);
        } else if (p instanceof Pattern.ArrayPattern a) {
            for (Pattern e : a.elements()) {
                if (e != null) {
                    declaredPattern(e, kind);
                }
            }
            if (a.rest() != null) {
                declaredPattern(a.rest(), kind);
            }
        } else if (p instanceof Pattern.ObjectPattern o) {
            for (Pattern.PropPattern pp : o.props()) {
                propKey(pp.key());
                declaredPattern(pp.value(), kind);
            }
            if (o.rest() != null) {
                declaredPattern(o.rest(), kind);
            }
        }
    }

    /** An assignment target. */
    private void pattern(Pattern p) {
        if (p instanceof Pattern.Name n) {
            reference(n, n.name());
        } else if (p instanceof Pattern.ExprTarget t) {
            expr(t.expr());
        } else if (p instanceof Pattern.WithDefault d) {
            expr(d.defaultValue());
            pattern(d.target());
        } else if (p instanceof Pattern.ArrayPattern a) {
            for (Pattern e : a.elements()) {
                if (e != null) {
                    pattern(e);
                }
            }
            if (a.rest() != null) {
                pattern(a.rest());
            }
        } else if (p instanceof Pattern.ObjectPattern o) {
            for (Pattern.PropPattern pp : o.props()) {
                propKey(pp.key());
                pattern(pp.value());
            }
            if (o.rest() != null) {
                pattern(o.rest());
            }
        }
    }

    private void propKey(PropKey key) {
        if (key.isComputed()) {
            expr(key.computed());
        }
    }

    // ---- expressions ----------------------------------------------------------------------------

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Ident id) {
            reference(id, id.name());
        } else if (e instanceof Expr.This t) {
            reference(t, THIS);
        } else if (e instanceof Expr.NewTarget n) {
            reference(n, NEW_TARGET);
        } else if (e instanceof Expr.SuperMember sm) {
            reference(sm, HOME);
            result.superThis.put(sm, resolve(THIS));
            if (sm.key() != null) {
                expr(sm.key());
            }
        } else if (e instanceof Expr.SuperCall sc) {
            reference(sc, FUNC);
            result.superThis.put(sc, resolve(THIS));
            result.superNewTarget.put(sc, resolve(NEW_TARGET));
            exprs(sc.args());
        } else if (e instanceof Expr.Template t) {
            exprs(t.substitutions());
        } else if (e instanceof Expr.TaggedTemplate t) {
            expr(t.tag());
            exprs(t.quasi().substitutions());
        } else if (e instanceof Expr.ArrayLit a) {
            exprs(a.elements());
        } else if (e instanceof Expr.ObjectLit o) {
            for (Expr.Prop p : o.props()) {
                if (p instanceof Expr.DataProp dp) {
                    propKey(dp.key());
                    expr(dp.value());
                } else if (p instanceof Expr.SpreadProp sp) {
                    expr(sp.expr());
                } else if (p instanceof Expr.CoverInitialized ci) {
                    throw new JsSyntaxError("Invalid shorthand property initializer", ci.pos() + ci.name().length() + 1, 1);
                }
            }
        } else if (e instanceof Expr.Func f) {
            function(f.function());
        } else if (e instanceof Expr.ClassExpr c) {
            classNode(c.cls());
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand());
        } else if (e instanceof Expr.Update u) {
            expr(u.target());
        } else if (e instanceof Expr.Binary b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Logical l) {
            expr(l.left());
            expr(l.right());
        } else if (e instanceof Expr.Conditional c) {
            expr(c.test());
            expr(c.then());
            expr(c.otherwise());
        } else if (e instanceof Expr.Assign a) {
            pattern(a.target());
            expr(a.value());
        } else if (e instanceof Expr.Sequence s) {
            exprs(s.exprs());
        } else if (e instanceof Expr.Call c) {
            expr(c.callee());
            exprs(c.args());
        } else if (e instanceof Expr.New n) {
            expr(n.callee());
            exprs(n.args());
        } else if (e instanceof Expr.Member m) {
            expr(m.object());
        } else if (e instanceof Expr.Index i) {
            expr(i.object());
            expr(i.key());
        } else if (e instanceof Expr.PrivateMember pm) {
            expr(pm.object());
            reference(pm, pm.name());
        } else if (e instanceof Expr.PrivateIn pi) {
            expr(pi.object());
            reference(pi, pi.name());
        } else if (e instanceof Expr.OptionalChain oc) {
            expr(oc.expr());
        } else if (e instanceof Expr.Spread s) {
            expr(s.expr());
        } else if (e instanceof Expr.Yield y) {
            if (y.argument() != null) {
                expr(y.argument());
            }
        } else if (e instanceof Expr.Paren p) {
            expr(p.expr());
        }
    }

    // ---- functions and classes -------------------------------------------------------------------

    private void function(FunctionNode fn) {
        FunctionInfo info = new FunctionInfo(fn, function);
        result.functions.put(fn, info);
        FunctionInfo outerFunction = function;
        Scope outerScope = current;
        function = info;
        Scope scope = new Scope(Scope.Kind.FUNCTION, current, info);
        info.setScope(scope);
        current = scope;
        try {
            if (!fn.kind.isArrow()) {
                Binding thisBinding = scope.declare(THIS, Binding.Kind.THIS, fn.pos);
                thisBinding.derivedThis = fn.kind == FunctionNode.Kind.DERIVED_CONSTRUCTOR;
                scope.declare(NEW_TARGET, Binding.Kind.NEW_TARGET, fn.pos);
                if (fn.kind.isMethodLike()) {
                    scope.declare(HOME, Binding.Kind.HOME, fn.pos);
                    scope.declare(FUNC, Binding.Kind.FUNC, fn.pos);
                }
            }
            List<String> paramNames = new ArrayList<>();
            List<Pattern> params = new ArrayList<>(fn.params);
            if (fn.rest != null) {
                params.add(fn.rest);
            }
            boolean simple = fn.hasSimpleParameters();
            for (Pattern p : params) {
                for (Pattern.Name n : names(p)) {
                    if (scope.lookupLocal(n.name()) != null && scope.lookupLocal(n.name()).getKind() == Binding.Kind.PARAM) {
                        if (!simple || fn.strict || fn.kind.isArrow() || fn.kind.isMethodLike()) {
                            throw new JsSyntaxError("Duplicate parameter name not allowed in this context", n.pos(), n.name().length());
                        }
                        continue;
                    }
                    scope.declare(n.name(), Binding.Kind.PARAM, n.pos()).parameterTdz = !simple;
                    paramNames.add(n.name());
                }
            }
            hoistFunctionBody(fn.body, paramNames, fn.pos);
            if (fn.hasOwnNameBinding && scope.lookupLocal(fn.name) == null) {
                scope.declare(fn.name, Binding.Kind.CALLEE, fn.pos);
            }
            // parameters (with their defaults and patterns), then the body
            for (Pattern p : params) {
                declaredPattern(p, VarKind.LET);
            }
            statements(fn.body);
            if (fn.expressionBody != null) {
                expr(fn.expressionBody);
            }
            if (info.usesArguments && !fn.strict && simple) {
                // a mapped arguments object shares the parameters' variables: they live in cells
                for (Binding b : scope.getBindings().values()) {
                    if (b.getKind() == Binding.Kind.PARAM) {
                        b.markCaptured();
                    }
                }
            }
        } finally {
            function = outerFunction;
            current = outerScope;
        }
    }

    private void classNode(ClassNode cls) {
        Scope scope = push(Scope.Kind.CLASS, cls);
        if (cls.hasBinding) {
            scope.declare(cls.name, Binding.Kind.CLASS_INNER, cls.pos);
        }
        for (ClassNode.Member m : cls.members) {
            PropKey key = m instanceof ClassNode.Method md ? md.key() : m instanceof ClassNode.Field f ? f.key() : null;
            if (key != null && key.isPrivate() && scope.lookupLocal(key.name()) == null) {
                scope.declare(key.name(), Binding.Kind.PRIVATE, key.pos());
            }
        }
        if (cls.superClass != null) {
            expr(cls.superClass);
        }
        for (ClassNode.Member m : cls.members) {
            if (m instanceof ClassNode.Method md) {
                propKey(md.key());
            } else if (m instanceof ClassNode.Field f) {
                propKey(f.key());
            }
        }
        function(cls.constructor);
        for (ClassNode.Member m : cls.members) {
            if (m instanceof ClassNode.Method md) {
                function(md.function());
            } else if (m instanceof ClassNode.Field f) {
                if (f.initializer() != null) {
                    function(f.initializer());
                }
            } else if (m instanceof ClassNode.StaticBlock sb) {
                function(sb.body());
            }
        }
        // every private name is referenced by the class definition itself (to create it)
        for (ClassNode.Member m : cls.members) {
            PropKey key = m instanceof ClassNode.Method md ? md.key() : m instanceof ClassNode.Field f ? f.key() : null;
            if (key != null && key.isPrivate()) {
                reference(key, key.name());
            }
        }
        if (cls.hasBinding) {
            reference(cls, cls.name);
        }
        pop();
    }
}
