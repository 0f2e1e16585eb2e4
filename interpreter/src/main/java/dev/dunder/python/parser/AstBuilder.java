package dev.dunder.python.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.dunder.grammar.python.PythonParser;
import dev.dunder.grammar.python.PythonParser.*;
import dev.dunder.python.parser.ast.Arguments;
import dev.dunder.python.parser.ast.Expr;
import dev.dunder.python.parser.ast.Pos;
import dev.dunder.python.parser.ast.Stmt;
import dev.dunder.runtime.python.objects.PEllipsis;
import dev.dunder.runtime.python.objects.PNone;

/**
 * Turns ANTLR's parse tree into the {@link Expr}/{@link Stmt} tree: strips the
 * precedence levels, decodes literals, and rejects what the grammar accepts too
 * loosely (bad assignment targets, argument order) with CPython's messages.
 */
final class AstBuilder {
    private final StringLiterals.ExpressionParser fstringParser;

    AstBuilder(StringLiterals.ExpressionParser fstringParser) {
        this.fstringParser = fstringParser;
    }

    // ---- positions ----------------------------------------------------------------------------

    static Pos pos(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() == null ? start : ctx.getStop();
        if (stop.getStopIndex() < start.getStartIndex()) {
            stop = start;
        }
        String stopText = stop.getText() == null ? "" : stop.getText();
        int endLine = stop.getLine();
        int endCol = stop.getCharPositionInLine() + stopText.length();
        int nl = stopText.lastIndexOf('\n');
        if (nl >= 0) {
            endLine += (int) stopText.chars().filter(ch -> ch == '\n').count();
            endCol = stopText.length() - nl - 1;
        }
        return new Pos(start.getStartIndex(), stop.getStopIndex() + 1, start.getLine(), start.getCharPositionInLine(), endLine, endCol);
    }

    static Pos pos(Token t) {
        return new Pos(t.getStartIndex(), t.getStopIndex() + 1, t.getLine(), t.getCharPositionInLine(), t.getLine(),
                        t.getCharPositionInLine() + t.getText().length());
    }

    static PythonSyntaxError error(String message, Pos p) {
        return new PythonSyntaxError(message, p.line(), p.column() + 1, p.endLine() == p.line() ? p.endColumn() + 1 : p.column() + 2, false);
    }

    // ---- statements -------------------------------------------------------------------------

    List<Stmt> fileInput(File_inputContext ctx) {
        List<Stmt> out = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) {
            stmt(s, out);
        }
        return out;
    }

    void stmt(StmtContext ctx, List<Stmt> out) {
        if (ctx.simple_stmts() != null) {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                out.add(simple(s));
            }
        } else {
            out.add(compound(ctx.compound_stmt()));
        }
    }

    List<Stmt> suite(SuiteContext ctx) {
        List<Stmt> out = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                out.add(simple(s));
            }
        } else {
            for (StmtContext s : ctx.stmt()) {
                stmt(s, out);
            }
        }
        return out;
    }

    private Stmt simple(Simple_stmtContext ctx) {
        Pos p = pos(ctx);
        if (ctx.expr_stmt() != null) {
            return exprStmt(ctx.expr_stmt());
        } else if (ctx.del_stmt() != null) {
            List<Expr> targets = exprlistItems(ctx.del_stmt().exprlist());
            for (Expr t : targets) {
                checkTarget(t, "delete");
            }
            return new Stmt.Delete(p, targets);
        } else if (ctx.pass_stmt() != null) {
            return new Stmt.Pass(p);
        } else if (ctx.break_stmt() != null) {
            return new Stmt.Break(p);
        } else if (ctx.continue_stmt() != null) {
            return new Stmt.Continue(p);
        } else if (ctx.return_stmt() != null) {
            var r = ctx.return_stmt();
            return new Stmt.Return(p, r.testlist_star_expr() == null ? null : testlistStarExpr(r.testlist_star_expr()));
        } else if (ctx.raise_stmt() != null) {
            var r = ctx.raise_stmt();
            Expr exc = r.test().isEmpty() ? null : test(r.test(0));
            Expr cause = r.test().size() > 1 ? test(r.test(1)) : null;
            return new Stmt.Raise(p, exc, cause);
        } else if (ctx.yield_stmt() != null) {
            return new Stmt.ExprStmt(p, yieldExpr(ctx.yield_stmt().yield_expr()));
        } else if (ctx.import_stmt() != null) {
            return importStmt(ctx.import_stmt());
        } else if (ctx.global_stmt() != null) {
            return new Stmt.Global(p, names(ctx.global_stmt().NAME()));
        } else if (ctx.nonlocal_stmt() != null) {
            return new Stmt.Nonlocal(p, names(ctx.nonlocal_stmt().NAME()));
        } else {
            var a = ctx.assert_stmt();
            return new Stmt.Assert(p, test(a.test(0)), a.test().size() > 1 ? test(a.test(1)) : null);
        }
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>();
        for (TerminalNode n : nodes) {
            out.add(n.getText());
        }
        return out;
    }

    private Stmt importStmt(Import_stmtContext ctx) {
        Pos p = pos(ctx);
        if (ctx.import_name() != null) {
            List<Stmt.Alias> aliases = new ArrayList<>();
            for (Dotted_as_nameContext d : ctx.import_name().dotted_as_names().dotted_as_name()) {
                aliases.add(new Stmt.Alias(d.dotted_name().getText(), d.NAME() == null ? null : d.NAME().getText()));
            }
            return new Stmt.Import(p, aliases);
        }
        Import_fromContext f = ctx.import_from();
        int level = f.DOT().size() + 3 * f.ELLIPSIS().size();
        String module = f.dotted_name() == null ? "" : f.dotted_name().getText();
        if (level > 0) {
            throw error("relative imports are not supported by Dunder (there are no packages)", p);
        }
        Import_targetsContext t = f.import_targets();
        if (t.STAR() != null) {
            return new Stmt.ImportFrom(p, module, null, level);
        }
        List<Stmt.Alias> aliases = new ArrayList<>();
        for (Import_as_nameContext n : t.import_as_names().import_as_name()) {
            aliases.add(new Stmt.Alias(n.NAME(0).getText(), n.NAME().size() > 1 ? n.NAME(1).getText() : null));
        }
        return new Stmt.ImportFrom(p, module, aliases, level);
    }

    private Stmt exprStmt(Expr_stmtContext ctx) {
        Pos p = pos(ctx);
        if (ctx instanceof AnnotatedAssignContext a) {
            Expr target = testlistStarExpr(a.testlist_star_expr());
            if (target instanceof Expr.TupleExpr) {
                throw error("only single target (not tuple) can be annotated", target.pos());
            }
            if (target instanceof Expr.ListExpr) {
                throw error("only single target (not list) can be annotated", target.pos());
            }
            checkTarget(target, "assign");
            AnnassignContext ann = a.annassign();
            Expr value = null;
            if (ann.yield_expr() != null) {
                value = yieldExpr(ann.yield_expr());
            } else if (ann.testlist_star_expr() != null) {
                value = testlistStarExpr(ann.testlist_star_expr());
            }
            return new Stmt.AnnAssign(p, target, test(ann.test()), value);
        }
        if (ctx instanceof AugmentedAssignContext a) {
            Expr target = testlistStarExpr(a.testlist_star_expr());
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
                throw error("'" + describe(target) + "' is an illegal expression for augmented assignment", target.pos());
            }
            String op = a.augassign().getText();
            Expr value = a.yield_expr() != null ? yieldExpr(a.yield_expr()) : testlist(a.testlist());
            return new Stmt.AugAssign(p, target, op.substring(0, op.length() - 1), value);
        }
        if (ctx instanceof PlainAssignContext a) {
            List<Expr> parts = new ArrayList<>();
            for (ParseTree child : a.children) {
                if (child instanceof Testlist_star_exprContext t) {
                    parts.add(testlistStarExpr(t));
                } else if (child instanceof Yield_exprContext y) {
                    parts.add(yieldExpr(y));
                }
            }
            Expr value = parts.remove(parts.size() - 1);
            for (Expr t : parts) {
                checkTarget(t, "assign");
            }
            return new Stmt.Assign(p, parts, value);
        }
        Expr value = testlistStarExpr(((ExpressionStmtContext) ctx).testlist_star_expr());
        if (value instanceof Expr.Starred s) {
            throw error("can't use starred expression here", s.pos());
        }
        return new Stmt.ExprStmt(p, value);
    }

    /** CPython's wording for an expression that cannot be a target. */
    static String describe(Expr e) {
        if (e instanceof Expr.Constant c) {
            if (c.value() == PNone.NONE || c.value() instanceof Boolean) {
                return String.valueOf(c.value());
            }
            if (c.value() == PEllipsis.INSTANCE) {
                return "ellipsis";
            }
            return "literal";
        }
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || e instanceof Expr.BoolOp) {
            return "expression";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        if (e instanceof Expr.Lambda) {
            return "lambda";
        }
        if (e instanceof Expr.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        if (e instanceof Expr.JoinedStr) {
            return "f-string expression";
        }
        if (e instanceof Expr.Comp c) {
            return c.kind().equals("gen") ? "generator expression" : c.kind() + " comprehension";
        }
        if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        }
        if (e instanceof Expr.DictExpr) {
            return "dict literal";
        }
        if (e instanceof Expr.SetExpr) {
            return "set display";
        }
        if (e instanceof Expr.TupleExpr) {
            return "tuple";
        }
        if (e instanceof Expr.ListExpr) {
            return "list";
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        }
        if (e instanceof Expr.Starred) {
            return "starred";
        }
        return "expression";
    }

    /** Rejects targets CPython rejects: "cannot assign to literal here. Maybe you meant '==' instead of '='?" */
    static void checkTarget(Expr t, String action) {
        if (t instanceof Expr.Name n) {
            if (n.id().equals("__debug__")) {
                throw error("cannot " + action + " to __debug__", t.pos());
            }
            return;
        }
        if (t instanceof Expr.Attribute || t instanceof Expr.Subscript) {
            return;
        }
        if (t instanceof Expr.TupleExpr tu) {
            checkElements(tu.elts(), action);
            return;
        }
        if (t instanceof Expr.ListExpr l) {
            checkElements(l.elts(), action);
            return;
        }
        if (t instanceof Expr.Starred s && !action.equals("delete")) {
            checkTarget(s.value(), action);
            return;
        }
        String what = describe(t);
        if (action.equals("assign")) {
            boolean maybeEq = !(t instanceof Expr.Starred) && !(t instanceof Expr.Yield) && !(t instanceof Expr.YieldFrom) && !(t instanceof Expr.NamedExpr)
                            && !(t instanceof Expr.Lambda);
            throw error("cannot assign to " + what + (maybeEq ? " here. Maybe you meant '==' instead of '='?" : ""), t.pos());
        }
        throw error("cannot " + action + " " + what, t.pos());
    }

    private static void checkElements(List<Expr> elts, String action) {
        int stars = 0;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                stars++;
                if (stars > 1) {
                    throw error("multiple starred expressions in assignment", e.pos());
                }
            }
            checkTarget(e, action);
        }
    }

    private Stmt compound(Compound_stmtContext ctx) {
        if (ctx.if_stmt() != null) {
            return ifStmt(ctx.if_stmt());
        } else if (ctx.while_stmt() != null) {
            var w = ctx.while_stmt();
            return new Stmt.While(pos(w), namedexprTest(w.namedexpr_test()), suite(w.suite(0)), w.suite().size() > 1 ? suite(w.suite(1)) : List.of());
        } else if (ctx.for_stmt() != null) {
            var f = ctx.for_stmt();
            Expr target = exprlist(f.exprlist());
            checkTarget(target, "assign");
            return new Stmt.For(pos(f), target, testlist(f.testlist()), suite(f.suite(0)), f.suite().size() > 1 ? suite(f.suite(1)) : List.of());
        } else if (ctx.try_stmt() != null) {
            return tryStmt(ctx.try_stmt());
        } else if (ctx.with_stmt() != null) {
            var w = ctx.with_stmt();
            List<Stmt.WithItem> items = new ArrayList<>();
            for (With_itemContext i : w.with_item()) {
                Expr target = i.expr() == null ? null : expr(i.expr());
                if (target != null) {
                    checkTarget(target, "assign");
                }
                items.add(new Stmt.WithItem(test(i.test()), target));
            }
            return new Stmt.With(pos(w), items, suite(w.suite()));
        } else if (ctx.funcdef() != null) {
            return funcdef(ctx.funcdef(), List.of(), pos(ctx.funcdef()));
        } else if (ctx.classdef() != null) {
            return classdef(ctx.classdef(), List.of(), pos(ctx.classdef()));
        } else {
            var d = ctx.decorated();
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext dec : d.decorator()) {
                decorators.add(namedexprTest(dec.namedexpr_test()));
            }
            if (d.funcdef() != null) {
                return funcdef(d.funcdef(), decorators, pos(d.funcdef()));
            }
            return classdef(d.classdef(), decorators, pos(d.classdef()));
        }
    }

    private Stmt ifStmt(If_stmtContext ctx) {
        int n = ctx.namedexpr_test().size();
        List<Stmt> orelse = ctx.ELSE() != null ? suite(ctx.suite(n)) : List.of();
        for (int i = n - 1; i >= 1; i--) {
            Pos p = new Pos(ctx.ELIF(i - 1).getSymbol().getStartIndex(), pos(ctx).end(), ctx.ELIF(i - 1).getSymbol().getLine(),
                            ctx.ELIF(i - 1).getSymbol().getCharPositionInLine(), pos(ctx).endLine(), pos(ctx).endColumn());
            orelse = List.of(new Stmt.If(p, namedexprTest(ctx.namedexpr_test(i)), suite(ctx.suite(i)), orelse));
        }
        return new Stmt.If(pos(ctx), namedexprTest(ctx.namedexpr_test(0)), suite(ctx.suite(0)), orelse);
    }

    private Stmt tryStmt(Try_stmtContext ctx) {
        List<Stmt> body = suite(ctx.suite(0));
        List<Stmt.Handler> handlers = new ArrayList<>();
        for (int i = 0; i < ctx.except_clause().size(); i++) {
            Except_clauseContext e = ctx.except_clause(i);
            if (e.test() == null && i < ctx.except_clause().size() - 1) {
                throw error("default 'except:' must be last", pos(e));
            }
            handlers.add(new Stmt.Handler(pos(e), e.test() == null ? null : test(e.test()), e.NAME() == null ? null : e.NAME().getText(), suite(e.suite())));
        }
        List<Stmt> orelse = ctx.else_suite == null ? List.of() : suite(ctx.else_suite);
        List<Stmt> finalbody = ctx.finally_suite != null ? suite(ctx.finally_suite) : ctx.finally_only != null ? suite(ctx.finally_only) : List.of();
        return new Stmt.Try(pos(ctx), body, handlers, orelse, finalbody);
    }

    private Stmt funcdef(FuncdefContext ctx, List<Expr> decorators, Pos p) {
        Arguments args = ctx.parameters().typedargslist() == null ? Arguments.empty() : typedArgs(ctx.parameters().typedargslist());
        List<Expr.Keyword> annotations = new ArrayList<>();
        if (ctx.parameters().typedargslist() != null) {
            for (Tfpdef_itemContext item : ctx.parameters().typedargslist().tfpdef_item()) {
                TfpdefContext def = item instanceof PlainParamContext pp ? pp.tfpdef()
                                : item instanceof StarParamContext sp ? sp.tfpdef() : item instanceof KwParamContext kp ? kp.tfpdef() : null;
                if (def != null && def.test() != null) {
                    annotations.add(new Expr.Keyword(pos(def), def.NAME().getText(), test(def.test())));
                }
            }
        }
        if (ctx.test() != null) {
            annotations.add(new Expr.Keyword(pos(ctx.test()), "return", test(ctx.test())));
        }
        return new Stmt.FunctionDef(p, ctx.NAME().getText(), args, suite(ctx.suite()), decorators, annotations);
    }

    private Stmt classdef(ClassdefContext ctx, List<Expr> decorators, Pos p) {
        List<Expr> bases = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (ctx.arglist() != null) {
            arglist(ctx.arglist(), bases, keywords);
        }
        return new Stmt.ClassDef(p, ctx.NAME().getText(), bases, keywords, suite(ctx.suite()), decorators);
    }

    private Arguments typedArgs(TypedargslistContext ctx) {
        ParamCollector c = new ParamCollector();
        for (Tfpdef_itemContext item : ctx.tfpdef_item()) {
            Pos p = pos(item);
            if (item instanceof PlainParamContext pp) {
                c.plain(p, pp.tfpdef().NAME().getText(), pp.test() == null ? null : test(pp.test()));
            } else if (item instanceof StarParamContext sp) {
                c.star(p, sp.tfpdef() == null ? null : sp.tfpdef().NAME().getText());
            } else if (item instanceof KwParamContext kp) {
                c.kw(p, kp.tfpdef().NAME().getText());
            } else {
                c.slash(p);
            }
        }
        return c.build();
    }

    private Arguments lambdaArgs(VarargslistContext ctx) {
        ParamCollector c = new ParamCollector();
        for (Vfpdef_itemContext item : ctx.vfpdef_item()) {
            Pos p = pos(item);
            if (item instanceof PlainLambdaParamContext pp) {
                c.plain(p, pp.NAME().getText(), pp.test() == null ? null : test(pp.test()));
            } else if (item instanceof StarLambdaParamContext sp) {
                c.star(p, sp.NAME() == null ? null : sp.NAME().getText());
            } else if (item instanceof KwLambdaParamContext kp) {
                c.kw(p, kp.NAME().getText());
            } else {
                c.slash(p);
            }
        }
        return c.build();
    }

    /** Collects parameters in order and enforces Python's ordering rules. */
    private static final class ParamCollector {
        final List<Arguments.Arg> posOnly = new ArrayList<>();
        final List<Arguments.Arg> args = new ArrayList<>();
        final List<Expr> defaults = new ArrayList<>();
        final List<Arguments.Arg> kwOnly = new ArrayList<>();
        final List<Expr> kwDefaults = new ArrayList<>();
        Arguments.Arg varArg;
        Arguments.Arg kwArg;
        boolean star;
        boolean slash;
        final java.util.Set<String> seen = new java.util.HashSet<>();

        void name(Pos p, String n) {
            if (!seen.add(n)) {
                throw error("duplicate argument '" + n + "' in function definition", p);
            }
        }

        void plain(Pos p, String n, Expr dflt) {
            if (kwArg != null) {
                throw error("arguments cannot follow var-keyword argument", p);
            }
            name(p, n);
            if (star) {
                kwOnly.add(new Arguments.Arg(p, n));
                kwDefaults.add(dflt);
                return;
            }
            if (dflt == null && !defaults.isEmpty()) {
                throw error("non-default argument follows default argument", p);
            }
            args.add(new Arguments.Arg(p, n));
            if (dflt != null) {
                defaults.add(dflt);
            }
        }

        void star(Pos p, String n) {
            if (star) {
                throw error("* argument may appear only once", p);
            }
            if (kwArg != null) {
                throw error("arguments cannot follow var-keyword argument", p);
            }
            star = true;
            if (n != null) {
                name(p, n);
                varArg = new Arguments.Arg(p, n);
            }
        }

        void kw(Pos p, String n) {
            if (kwArg != null) {
                throw error("arguments cannot follow var-keyword argument", p);
            }
            name(p, n);
            kwArg = new Arguments.Arg(p, n);
        }

        void slash(Pos p) {
            if (slash) {
                throw error("/ may appear only once", p);
            }
            if (star) {
                throw error("/ must be ahead of *", p);
            }
            if (args.isEmpty()) {
                throw error("at least one argument must precede /", p);
            }
            slash = true;
            posOnly.addAll(args);
            args.clear();
        }

        Arguments build() {
            if (star && varArg == null && kwOnly.isEmpty()) {
                throw new PythonSyntaxError("named arguments must follow bare *", 1, 1, 2, false);
            }
            return new Arguments(posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults);
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    Expr testlistStarExpr(Testlist_star_exprContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree c : ctx.children) {
            if (c instanceof TestContext t) {
                items.add(test(t));
            } else if (c instanceof Star_exprContext s) {
                items.add(starExpr(s));
            }
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return items.get(0);
        }
        return new Expr.TupleExpr(pos(ctx), items, false);
    }

    Expr testlist(TestlistContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (TestContext t : ctx.test()) {
            items.add(test(t));
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return items.get(0);
        }
        return new Expr.TupleExpr(pos(ctx), items, false);
    }

    private List<Expr> exprlistItems(ExprlistContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree c : ctx.children) {
            if (c instanceof ExprContext e) {
                items.add(expr(e));
            } else if (c instanceof Star_exprContext s) {
                items.add(starExpr(s));
            }
        }
        return items;
    }

    Expr exprlist(ExprlistContext ctx) {
        List<Expr> items = exprlistItems(ctx);
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return items.get(0);
        }
        return new Expr.TupleExpr(pos(ctx), items, false);
    }

    private Expr starExpr(Star_exprContext ctx) {
        return new Expr.Starred(pos(ctx), expr(ctx.expr()));
    }

    Expr namedexprTest(Namedexpr_testContext ctx) {
        Expr value = test(ctx.test(ctx.test().size() - 1));
        if (ctx.WALRUS() == null) {
            return value;
        }
        Expr target = test(ctx.test(0));
        if (!(target instanceof Expr.Name n)) {
            throw error("cannot use assignment expressions with " + describe(target), target.pos());
        }
        return new Expr.NamedExpr(pos(ctx), n, value);
    }

    Expr test(TestContext ctx) {
        if (ctx.lambdef() != null) {
            var l = ctx.lambdef();
            return new Expr.Lambda(pos(l), l.varargslist() == null ? Arguments.empty() : lambdaArgs(l.varargslist()), test(l.test()));
        }
        Expr body = orTest(ctx.or_test(0));
        if (ctx.IF() == null) {
            return body;
        }
        return new Expr.IfExp(pos(ctx), orTest(ctx.or_test(1)), body, test(ctx.test()));
    }

    private Expr testNocond(Test_nocondContext ctx) {
        if (ctx.or_test() != null) {
            return orTest(ctx.or_test());
        }
        var l = ctx.lambdef_nocond();
        return new Expr.Lambda(pos(l), l.varargslist() == null ? Arguments.empty() : lambdaArgs(l.varargslist()), testNocond(l.test_nocond()));
    }

    private Expr orTest(Or_testContext ctx) {
        if (ctx.and_test().size() == 1) {
            return andTest(ctx.and_test(0));
        }
        List<Expr> values = new ArrayList<>();
        for (And_testContext a : ctx.and_test()) {
            values.add(andTest(a));
        }
        return new Expr.BoolOp(pos(ctx), false, values);
    }

    private Expr andTest(And_testContext ctx) {
        if (ctx.not_test().size() == 1) {
            return notTest(ctx.not_test(0));
        }
        List<Expr> values = new ArrayList<>();
        for (Not_testContext a : ctx.not_test()) {
            values.add(notTest(a));
        }
        return new Expr.BoolOp(pos(ctx), true, values);
    }

    private Expr notTest(Not_testContext ctx) {
        if (ctx.NOT() != null) {
            return new Expr.UnaryOp(pos(ctx), "not", notTest(ctx.not_test()));
        }
        return comparison(ctx.comparison());
    }

    private Expr comparison(ComparisonContext ctx) {
        Expr left = expr(ctx.expr(0));
        if (ctx.comp_op().isEmpty()) {
            return left;
        }
        List<String> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        for (int i = 0; i < ctx.comp_op().size(); i++) {
            Comp_opContext op = ctx.comp_op(i);
            String text = op.getChildCount() == 2 ? op.getChild(0).getText() + " " + op.getChild(1).getText() : op.getText();
            if (text.equals("<>")) {
                throw error("invalid syntax", pos(op));
            }
            ops.add(text);
            rest.add(expr(ctx.expr(i + 1)));
        }
        return new Expr.Compare(pos(ctx), left, ops, rest);
    }

    Expr expr(ExprContext ctx) {
        Expr e = xorExpr(ctx.xor_expr(0));
        for (int i = 1; i < ctx.xor_expr().size(); i++) {
            Expr r = xorExpr(ctx.xor_expr(i));
            e = new Expr.BinOp(Pos.span(e.pos(), r.pos()), e, "|", r);
        }
        return e;
    }

    private Expr xorExpr(Xor_exprContext ctx) {
        Expr e = andExpr(ctx.and_expr(0));
        for (int i = 1; i < ctx.and_expr().size(); i++) {
            Expr r = andExpr(ctx.and_expr(i));
            e = new Expr.BinOp(Pos.span(e.pos(), r.pos()), e, "^", r);
        }
        return e;
    }

    private Expr andExpr(And_exprContext ctx) {
        Expr e = shiftExpr(ctx.shift_expr(0));
        for (int i = 1; i < ctx.shift_expr().size(); i++) {
            Expr r = shiftExpr(ctx.shift_expr(i));
            e = new Expr.BinOp(Pos.span(e.pos(), r.pos()), e, "&", r);
        }
        return e;
    }

    /** Left-associative chains of {@code operand (op operand)*}. */
    private Expr leftChain(ParserRuleContext ctx, java.util.function.Function<ParseTree, Expr> operand, Class<?> operandClass) {
        Expr e = null;
        String op = null;
        for (ParseTree c : ctx.children) {
            if (operandClass.isInstance(c)) {
                Expr r = operand.apply(c);
                e = e == null ? r : new Expr.BinOp(Pos.span(e.pos(), r.pos()), e, op, r);
            } else {
                op = c.getText();
            }
        }
        return e;
    }

    private Expr shiftExpr(Shift_exprContext ctx) {
        return leftChain(ctx, c -> arithExpr((Arith_exprContext) c), Arith_exprContext.class);
    }

    private Expr arithExpr(Arith_exprContext ctx) {
        return leftChain(ctx, c -> term((TermContext) c), TermContext.class);
    }

    private Expr term(TermContext ctx) {
        return leftChain(ctx, c -> factor((FactorContext) c), FactorContext.class);
    }

    private Expr factor(FactorContext ctx) {
        if (ctx.power() != null) {
            return power(ctx.power());
        }
        Expr operand = factor(ctx.factor());
        String op = ctx.getChild(0).getText();
        if (op.equals("-") && operand instanceof Expr.Constant c && (c.value() instanceof Long || c.value() instanceof BigInteger || c.value() instanceof Double)
                        && !(ctx.factor().power() != null && ctx.factor().power().POWER() != null)) {
            // fold -literal into a constant, as CPython's compiler does
            Object v = c.value();
            Object neg = v instanceof Double d ? (Object) (-d) : dev.dunder.runtime.python.ops.PyNumbers.neg(v);
            return new Expr.Constant(pos(ctx), neg);
        }
        return new Expr.UnaryOp(pos(ctx), op, operand);
    }

    private Expr power(PowerContext ctx) {
        Expr base = atomExpr(ctx.atom_expr());
        if (ctx.POWER() == null) {
            return base;
        }
        Expr exp = factor(ctx.factor());
        return new Expr.BinOp(pos(ctx), base, "**", exp);
    }

    private Expr atomExpr(Atom_exprContext ctx) {
        if (ctx.AWAIT() != null) {
            throw error("'await' outside async function", pos(ctx));
        }
        Expr e = atom(ctx.atom());
        for (TrailerContext t : ctx.trailer()) {
            Pos p = new Pos(pos(ctx).start(), pos(t).end(), pos(ctx).line(), pos(ctx).column(), pos(t).endLine(), pos(t).endColumn());
            if (t instanceof CallTrailerContext c) {
                List<Expr> args = new ArrayList<>();
                List<Expr.Keyword> keywords = new ArrayList<>();
                if (c.arglist() != null) {
                    arglist(c.arglist(), args, keywords);
                }
                e = new Expr.Call(p, e, args, keywords);
            } else if (t instanceof SubscriptTrailerContext s) {
                e = new Expr.Subscript(p, e, subscriptlist(s.subscriptlist()));
            } else {
                e = new Expr.Attribute(p, e, ((AttributeTrailerContext) t).NAME().getText());
            }
        }
        return e;
    }

    private Expr subscriptlist(SubscriptlistContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (SubscriptContext s : ctx.subscript()) {
            items.add(subscript(s));
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return items.get(0);
        }
        return new Expr.TupleExpr(pos(ctx), items, false);
    }

    private Expr subscript(SubscriptContext ctx) {
        if (ctx instanceof IndexSubscriptContext i) {
            return i.test() != null ? test(i.test()) : starExpr(i.star_expr());
        }
        SliceSubscriptContext s = (SliceSubscriptContext) ctx;
        Expr lower = null;
        Expr upper = null;
        int colon = s.COLON().getSymbol().getTokenIndex();
        for (TestContext t : s.test()) {
            if (t.getStart().getTokenIndex() < colon) {
                lower = test(t);
            } else {
                upper = test(t);
            }
        }
        Expr step = s.sliceop() != null && s.sliceop().test() != null ? test(s.sliceop().test()) : null;
        return new Expr.Slice(pos(ctx), lower, upper, step);
    }

    private void arglist(ArglistContext ctx, List<Expr> args, List<Expr.Keyword> keywords) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        int count = ctx.argument().size();
        for (ArgumentContext a : ctx.argument()) {
            Pos p = pos(a);
            if (a instanceof KeywordArgumentContext k) {
                keywords.add(new Expr.Keyword(p, k.NAME().getText(), test(k.test())));
                sawKeyword = true;
            } else if (a instanceof DoubleStarArgumentContext d) {
                keywords.add(new Expr.Keyword(p, null, test(d.test())));
                sawDoubleStar = true;
            } else if (a instanceof StarArgumentContext s) {
                if (sawDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", p);
                }
                args.add(new Expr.Starred(p, test(s.test())));
            } else {
                if (sawDoubleStar) {
                    throw error("positional argument follows keyword argument unpacking", p);
                }
                if (sawKeyword) {
                    throw error("positional argument follows keyword argument", p);
                }
                if (a instanceof GeneratorArgumentContext g) {
                    if (count > 1 || ctx.COMMA().size() > 0) {
                        throw error("Generator expression must be parenthesized", p);
                    }
                    args.add(comprehension(p, "gen", test(g.test()), g.comp_for()));
                } else if (a instanceof NamedArgumentContext n) {
                    Expr target = test(n.test(0));
                    if (!(target instanceof Expr.Name nm)) {
                        throw error("cannot use assignment expressions with " + describe(target), target.pos());
                    }
                    args.add(new Expr.NamedExpr(p, nm, test(n.test(1))));
                } else {
                    args.add(test(((PositionalArgumentContext) a).test()));
                }
            }
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Expr.Keyword k : keywords) {
            if (k.name() != null && !names.add(k.name())) {
                throw error("keyword argument repeated: " + k.name(), k.pos());
            }
        }
    }

    private Expr comprehension(Pos p, String kind, Expr elt, Comp_forContext first) {
        return new Expr.Comp(p, kind, elt, generators(first));
    }

    private List<Expr.Comprehension> generators(Comp_forContext first) {
        List<Expr.Comprehension> gens = new ArrayList<>();
        Comp_forContext cf = first;
        while (cf != null) {
            if (cf.ASYNC() != null) {
                throw error("asynchronous comprehension outside of an asynchronous function", pos(cf));
            }
            Expr target = exprlist(cf.exprlist());
            checkTarget(target, "assign");
            List<Expr> ifs = new ArrayList<>();
            Comp_iterContext it = cf.comp_iter();
            Comp_forContext next = null;
            while (it != null) {
                if (it.comp_for() != null) {
                    next = it.comp_for();
                    break;
                }
                ifs.add(testNocond(it.comp_if().test_nocond()));
                it = it.comp_if().comp_iter();
            }
            gens.add(new Expr.Comprehension(pos(cf), target, orTest(cf.or_test()), ifs));
            cf = next;
        }
        return gens;
    }

    Expr yieldExpr(Yield_exprContext ctx) {
        if (ctx.FROM() != null) {
            return new Expr.YieldFrom(pos(ctx), test(ctx.test()));
        }
        return new Expr.Yield(pos(ctx), ctx.testlist_star_expr() == null ? null : testlistStarExpr(ctx.testlist_star_expr()));
    }

    private Expr atom(AtomContext ctx) {
        Pos p = pos(ctx);
        if (ctx instanceof ParenAtomContext pa) {
            if (pa.yield_expr() != null) {
                return yieldExpr(pa.yield_expr());
            }
            if (pa.testlist_comp() == null) {
                return new Expr.TupleExpr(p, List.of(), true);
            }
            Testlist_compContext tc = pa.testlist_comp();
            if (tc.comp_for() != null) {
                return comprehension(p, "gen", compItem(tc.getChild(0)), tc.comp_for());
            }
            List<Expr> items = compItems(tc);
            if (items.size() == 1 && tc.COMMA().isEmpty()) {
                Expr only = items.get(0);
                if (only instanceof Expr.Starred s) {
                    throw error("cannot use starred expression here", s.pos());
                }
                return only;
            }
            return new Expr.TupleExpr(p, items, true);
        } else if (ctx instanceof ListAtomContext la) {
            if (la.testlist_comp() == null) {
                return new Expr.ListExpr(p, List.of());
            }
            Testlist_compContext tc = la.testlist_comp();
            if (tc.comp_for() != null) {
                return comprehension(p, "list", compItem(tc.getChild(0)), tc.comp_for());
            }
            return new Expr.ListExpr(p, compItems(tc));
        } else if (ctx instanceof DictOrSetAtomContext d) {
            return dictOrSet(p, d.dictorsetmaker());
        } else if (ctx instanceof NameAtomContext n) {
            return new Expr.Name(p, n.NAME().getText());
        } else if (ctx instanceof NumberAtomContext n) {
            return new Expr.Constant(p, number(n.number()));
        } else if (ctx instanceof StringAtomContext s) {
            return strings(p, s.STRING());
        } else if (ctx instanceof EllipsisAtomContext) {
            return new Expr.Constant(p, PEllipsis.INSTANCE);
        } else if (ctx instanceof NoneAtomContext) {
            return new Expr.Constant(p, PNone.NONE);
        } else if (ctx instanceof TrueAtomContext) {
            return new Expr.Constant(p, Boolean.TRUE);
        } else {
            return new Expr.Constant(p, Boolean.FALSE);
        }
    }

    private Expr compItem(ParseTree c) {
        if (c instanceof Namedexpr_testContext n) {
            return namedexprTest(n);
        }
        Star_exprContext s = (Star_exprContext) c;
        throw error("iterable unpacking cannot be used in comprehension", pos(s));
    }

    private List<Expr> compItems(Testlist_compContext tc) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree c : tc.children) {
            if (c instanceof Namedexpr_testContext n) {
                items.add(namedexprTest(n));
            } else if (c instanceof Star_exprContext s) {
                items.add(starExpr(s));
            }
        }
        return items;
    }

    private Expr dictOrSet(Pos p, DictorsetmakerContext ctx) {
        if (ctx == null) {
            return new Expr.DictExpr(p, List.of(), List.of());
        }
        if (ctx instanceof DictComprehensionContext dc) {
            Dict_itemContext item = dc.dict_item();
            if (item.POWER() != null) {
                throw error("dict unpacking cannot be used in dict comprehension", pos(item));
            }
            return new Expr.DictComp(p, test(item.test(0)), test(item.test(1)), generators(dc.comp_for()));
        }
        if (ctx instanceof DictDisplayContext dd) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (Dict_itemContext item : dd.dict_item()) {
                if (item.POWER() != null) {
                    keys.add(null);
                    values.add(expr(item.expr()));
                } else {
                    keys.add(test(item.test(0)));
                    values.add(test(item.test(1)));
                }
            }
            return new Expr.DictExpr(p, keys, values);
        }
        if (ctx instanceof SetComprehensionContext sc) {
            if (sc.star_expr() != null) {
                throw error("iterable unpacking cannot be used in comprehension", pos(sc.star_expr()));
            }
            return comprehension(p, "set", test(sc.test()), sc.comp_for());
        }
        SetDisplayContext sd = (SetDisplayContext) ctx;
        List<Expr> items = new ArrayList<>();
        for (ParseTree c : sd.children) {
            if (c instanceof TestContext t) {
                items.add(test(t));
            } else if (c instanceof Star_exprContext s) {
                items.add(starExpr(s));
            }
        }
        return new Expr.SetExpr(p, items);
    }

    private static Object number(NumberContext ctx) {
        Token t = ctx.getStart();
        String text = t.getText().replace("_", "");
        switch (t.getType()) {
            case PythonParser.DEC_INTEGER:
                if (text.length() > 1 && text.charAt(0) == '0' && !text.chars().allMatch(c -> c == '0')) {
                    throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", pos(t));
                }
                return dev.dunder.runtime.python.ops.PyNumbers.normalize(new BigInteger(text));
            case PythonParser.HEX_INTEGER:
                return dev.dunder.runtime.python.ops.PyNumbers.normalize(new BigInteger(text.substring(2), 16));
            case PythonParser.OCT_INTEGER:
                return dev.dunder.runtime.python.ops.PyNumbers.normalize(new BigInteger(text.substring(2), 8));
            case PythonParser.BIN_INTEGER:
                return dev.dunder.runtime.python.ops.PyNumbers.normalize(new BigInteger(text.substring(2), 2));
            case PythonParser.FLOAT_NUMBER:
                return Double.parseDouble(text);
            default:
                return new dev.dunder.runtime.python.objects.PComplex(0.0, Double.parseDouble(text.substring(0, text.length() - 1)));
        }
    }

    /** Adjacent string literals concatenate; any f-string part makes the whole a JoinedStr. */
    private Expr strings(Pos p, List<TerminalNode> tokens) {
        List<Expr> parts = new ArrayList<>();
        boolean anyFormat = false;
        boolean anyBytes = false;
        boolean anyStr = false;
        for (TerminalNode n : tokens) {
            Token t = n.getSymbol();
            StringLiterals.Literal lit = StringLiterals.split(t.getText());
            if (lit.isBytes()) {
                anyBytes = true;
                throw error("bytes literals are not supported by Dunder yet", pos(t));
            }
            anyStr = true;
            if (lit.isFormat()) {
                anyFormat = true;
                parts.addAll(StringLiterals.formatParts(lit.body(), lit.isRaw(), t.getStartIndex() + lit.bodyOffset(), t.getLine(),
                                t.getCharPositionInLine(), pos(t), fstringParser));
            } else {
                String v = lit.isRaw() ? lit.body() : StringLiterals.unescape(lit.body(), t.getLine(), t.getCharPositionInLine() + 1);
                parts.add(new Expr.Constant(pos(t), v));
            }
        }
        if (anyBytes && anyStr) {
            throw error("cannot mix bytes and nonbytes literals", p);
        }
        if (!anyFormat) {
            StringBuilder sb = new StringBuilder();
            for (Expr e : parts) {
                sb.append((String) ((Expr.Constant) e).value());
            }
            return new Expr.Constant(p, sb.toString());
        }
        List<Expr> merged = new ArrayList<>();
        for (Expr e : parts) {
            if (e instanceof Expr.Constant c && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof Expr.Constant prev) {
                merged.set(merged.size() - 1, new Expr.Constant(prev.pos(), (String) prev.value() + c.value()));
            } else {
                merged.add(e);
            }
        }
        return new Expr.JoinedStr(p, merged);
    }

    /** A construct that parses but that Dunder cannot run: evaluating it raises NotImplementedError. */
    record UnsupportedFeature(String message) {
    }
}
