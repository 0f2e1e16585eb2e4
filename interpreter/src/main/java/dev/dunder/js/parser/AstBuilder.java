package dev.dunder.js.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.dunder.grammar.js.JsLexer;
import dev.dunder.grammar.js.JsParser;
import dev.dunder.grammar.js.JsParser.*;
import dev.dunder.grammar.js.JsToken;
import dev.dunder.js.parser.ast.ClassNode;
import dev.dunder.js.parser.ast.Expr;
import dev.dunder.js.parser.ast.FunctionNode;
import dev.dunder.js.parser.ast.Pattern;
import dev.dunder.js.parser.ast.PropKey;
import dev.dunder.js.parser.ast.Stmt;
import dev.dunder.js.parser.ast.Stmt.VarKind;
import dev.dunder.runtime.js.ops.NumberToString;

/**
 * Parse tree to AST. Besides building records it does what the grammar leaves open:
 * automatic semicolon insertion's rule for a missing ';' (§12.10), reinterpreting
 * literals as destructuring patterns, naming anonymous functions by where they are
 * assigned, strictness from "use strict" directives, and the early errors V8 reports
 * while parsing (each with V8's message and caret).
 */
public final class AstBuilder {
    private final BufferedTokenStream tokens;
    private boolean strict;
    private final Deque<ClassScope> classes = new ArrayDeque<>();
    /** Private names used outside any class that declares them, with positions. */
    private final Deque<FunctionContext> functions = new ArrayDeque<>();
    /** Where each expression starts and ends (exclusive), for messages that quote source text ("x is not iterable"). */
    private final java.util.IdentityHashMap<Expr, int[]> ranges = new java.util.IdentityHashMap<>();

    /** The source ranges of the expressions built, by identity. */
    public java.util.Map<Expr, int[]> getRanges() {
        return ranges;
    }

    /** The private names a class body declares and the ones its code uses. */
    private static final class ClassScope {
        final Set<String> declared = new HashSet<>();
        final List<Object[]> used = new ArrayList<>();
    }

    /** What the enclosing function allows (yield inside generators). */
    private record FunctionContext(boolean generator) {
    }

    public AstBuilder(BufferedTokenStream tokens) {
        this.tokens = tokens;
    }

    // ---- program and statements --------------------------------------------------------------

    /** The script: its statements and whether it is strict code. */
    public record Script(List<Stmt> body, boolean strict) {
    }

    public Script program(ProgramContext ctx) {
        strict = hasUseStrict(ctx.statement());
        functions.push(new FunctionContext(false));
        List<Stmt> body = statements(ctx.statement());
        functions.pop();
        return new Script(body, strict);
    }

    private boolean hasUseStrict(List<StatementContext> statements) {
        for (StatementContext s : statements) {
            if (s instanceof ExpressionStatementContext es && es.expressionSequence().singleExpression().size() == 1
                            && es.expressionSequence().singleExpression(0) instanceof LiteralExpressionContext lit && lit.literal().StringLiteral() != null) {
                String raw = lit.literal().StringLiteral().getText();
                if (raw.equals("'use strict'") || raw.equals("\"use strict\"")) {
                    return true;
                }
                continue;
            }
            return false;
        }
        return false;
    }

    private List<Stmt> statements(List<StatementContext> list) {
        List<Stmt> out = new ArrayList<>(list.size());
        for (StatementContext s : list) {
            out.add(statement(s));
        }
        return out;
    }

    private static int pos(ParserRuleContext ctx) {
        return ctx.getStart().getStartIndex();
    }

    private static int pos(TerminalNode t) {
        return t.getSymbol().getStartIndex();
    }

    private static int pos(Token t) {
        return t.getStartIndex();
    }

    Stmt statement(StatementContext ctx) {
        int p = pos(ctx);
        if (ctx instanceof BlockStatementContext b) {
            return block(b.block());
        } else if (ctx instanceof VariableDeclarationStatementContext v) {
            VariableStatementContext vs = v.variableStatement();
            checkSemicolon(vs, vs.eos());
            return varDecl(vs.varModifier(), vs.variableDeclaration(), p);
        } else if (ctx instanceof EmptyStatementContext) {
            return new Stmt.Empty(p);
        } else if (ctx instanceof FunctionDeclarationStatementContext f) {
            return new Stmt.FunctionDecl(p, functionDeclaration(f.functionDeclaration()));
        } else if (ctx instanceof ClassDeclarationStatementContext c) {
            ClassDeclarationContext cd = c.classDeclaration();
            String name = cd.identifier().getText();
            return new Stmt.ClassDecl(p, classTail(cd.classTail(), name, true, p, cd.getStop().getStopIndex() + 1));
        } else if (ctx instanceof IfStatementContext i) {
            Stmt otherwise = i.statement().size() > 1 ? substatement(i.statement(1)) : null;
            return new Stmt.If(p, sequence(i.expressionSequence()), substatement(i.statement(0)), otherwise);
        } else if (ctx instanceof DoWhileStatementContext d) {
            return new Stmt.DoWhile(p, substatement(d.statement()), sequence(d.expressionSequence()));
        } else if (ctx instanceof WhileStatementContext w) {
            return new Stmt.While(p, sequence(w.expressionSequence()), substatement(w.statement()));
        } else if (ctx instanceof ForStatementContext f) {
            return forStatement(f, p);
        } else if (ctx instanceof ForInStatementContext f) {
            return forInOf(false, f.forBinding(), sequence(f.expressionSequence()), f.statement(), p);
        } else if (ctx instanceof ForOfStatementContext f) {
            if (f.Await() != null) {
                throw new JsSyntaxError("for await is not supported by Dunder yet", pos(f.Await()), f.Await().getText().length());
            }
            return forInOf(true, f.forBinding(), expr(f.singleExpression()), f.statement(), p);
        } else if (ctx instanceof ContinueStatementContext c) {
            checkSemicolon(c, c.eos());
            return new Stmt.Continue(p, c.identifier() == null ? null : c.identifier().getText());
        } else if (ctx instanceof BreakStatementContext b) {
            checkSemicolon(b, b.eos());
            return new Stmt.Break(p, b.identifier() == null ? null : b.identifier().getText());
        } else if (ctx instanceof ReturnStatementContext r) {
            checkSemicolon(r, r.eos());
            Expr value = r.expressionSequence() == null ? null : atReturn(sequence(r.expressionSequence()), p);
            return new Stmt.Return(p, value);
        } else if (ctx instanceof ThrowStatementContext t) {
            checkSemicolon(t, t.eos());
            return new Stmt.Throw(p, sequence(t.expressionSequence()));
        } else if (ctx instanceof WithStatementContext w) {
            if (strict) {
                throw new JsSyntaxError("Strict mode code may not include a with statement", p, 4);
            }
            throw new JsSyntaxError("The with statement is not supported by Dunder", p, 4);
        } else if (ctx instanceof SwitchStatementContext s) {
            List<Stmt.Case> cases = new ArrayList<>();
            boolean seenDefault = false;
            for (CaseClauseContext c : s.caseClause()) {
                if (c.Default() != null) {
                    if (seenDefault) {
                        throw new JsSyntaxError("More than one default clause in switch statement", pos(c), 7);
                    }
                    seenDefault = true;
                }
                cases.add(new Stmt.Case(pos(c), c.expressionSequence() == null ? null : sequence(c.expressionSequence()), statements(c.statement())));
            }
            return new Stmt.Switch(p, sequence(s.expressionSequence()), cases);
        } else if (ctx instanceof LabelledStatementContext l) {
            return new Stmt.Labeled(p, l.identifier().getText(), substatement(l.statement()));
        } else if (ctx instanceof TryStatementContext t) {
            Stmt.Block body = block(t.block());
            Pattern param = null;
            Stmt.Block handler = null;
            if (t.catchClause() != null) {
                if (t.catchClause().bindingTarget() != null) {
                    param = bindingTarget(t.catchClause().bindingTarget());
                }
                handler = block(t.catchClause().block());
            }
            Stmt.Block finalizer = t.finallyClause() == null ? null : block(t.finallyClause().block());
            return new Stmt.Try(p, body, param, handler, finalizer);
        } else if (ctx instanceof DebuggerStatementContext d) {
            checkSemicolon(d, d.eos());
            return new Stmt.Empty(p);
        } else if (ctx instanceof ModuleStatementContext m) {
            if (m.Import() != null) {
                throw new JsSyntaxError("Cannot use import statement outside a module", p, 6);
            }
            throw new JsSyntaxError("Unexpected token 'export'", p, 6);
        } else if (ctx instanceof ExpressionStatementContext e) {
            checkSemicolon(e, e.eos());
            return new Stmt.ExprStmt(p, sequence(e.expressionSequence()));
        }
        throw new IllegalStateException("statement " + ctx.getClass().getSimpleName());
    }

    /** A statement in a position where declarations are not allowed (if/loop bodies). */
    private Stmt substatement(StatementContext ctx) {
        if (ctx instanceof VariableDeclarationStatementContext v && v.variableStatement().varModifier().Var() == null) {
            throw new JsSyntaxError("Lexical declaration cannot appear in a single-statement context", pos(ctx), v.variableStatement().varModifier().getText().length());
        }
        if (ctx instanceof ClassDeclarationStatementContext) {
            throw new JsSyntaxError("Unexpected token 'class'", pos(ctx), 5);
        }
        return statement(ctx);
    }

    /** V8 reports a failure of the leading name in {@code return x...} at the return keyword. */
    private static Expr atReturn(Expr value, int returnPos) {
        if (value instanceof Expr.Ident id) {
            return new Expr.Ident(returnPos, id.name());
        }
        if (value instanceof Expr.Binary b) {
            return new Expr.Binary(b.pos(), b.op(), atReturn(b.left(), returnPos), b.right());
        }
        if (value instanceof Expr.Member m && m.object() instanceof Expr.Ident) {
            return new Expr.Member(m.pos(), atReturn(m.object(), returnPos), m.name(), m.optional());
        }
        if (value instanceof Expr.Call c && c.callee() instanceof Expr.Ident id) {
            return new Expr.Call(returnPos, new Expr.Ident(returnPos, id.name()), c.args(), c.optional());
        }
        return value;
    }

    /**
     * Automatic semicolon insertion (§12.10): a statement may omit its ';' only before a
     * '}', at the end of the input, or when the next token is on a new line.
     */
    private void checkSemicolon(ParserRuleContext stmt, EosContext eos) {
        if (eos != null) {
            return;
        }
        Token next = nextSignificant(stmt.getStop());
        if (next == null || next.getType() == Token.EOF || next.getType() == JsLexer.CloseBrace) {
            return;
        }
        if (next instanceof JsToken jt && jt.afterNewline) {
            return;
        }
        throw unexpected(next);
    }

    private Token nextSignificant(Token stop) {
        int i = stop == null ? 0 : stop.getTokenIndex() + 1;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
            i++;
        }
        return null;
    }

    /** V8's "Unexpected ..." message for a token the grammar cannot accept here. */
    static JsSyntaxError unexpected(Token t) {
        if (t.getType() == Token.EOF) {
            return new JsSyntaxError("Unexpected end of input", t.getStartIndex(), 0, true);
        }
        String text = t.getText();
        int len = Math.max(1, t.getStopIndex() - t.getStartIndex() + 1);
        String message = switch (t.getType()) {
            case JsLexer.Identifier, JsLexer.Let, JsLexer.Static, JsLexer.Async, JsLexer.Await, JsLexer.Yield, JsLexer.Of, JsLexer.Get,
                JsLexer.Set, JsLexer.Target -> "Unexpected identifier '" + text + "'";
            case JsLexer.NumericLiteral, JsLexer.BigIntLiteral -> "Unexpected number";
            case JsLexer.StringLiteral -> "Unexpected string";
            case JsLexer.BackTick -> "Unexpected template string";
            case JsLexer.RegularExpressionLiteral -> "Unexpected regular expression";
            case JsLexer.AutoSemicolon -> "Unexpected token ';'";
            case JsLexer.PrivateName -> "Unexpected identifier '" + text + "'";
            case JsLexer.UnexpectedCharacter -> "Invalid or unexpected token";
            default -> "Unexpected token '" + text + "'";
        };
        return new JsSyntaxError(message, t.getStartIndex(), len);
    }

    private Stmt.Block block(BlockContext ctx) {
        return new Stmt.Block(pos(ctx), statements(ctx.statement()));
    }

    private static VarKind varKind(VarModifierContext m) {
        return m.Var() != null ? VarKind.VAR : m.Let() != null ? VarKind.LET : VarKind.CONST;
    }

    private Stmt.VarDecl varDecl(VarModifierContext modifier, List<VariableDeclarationContext> decls, int p) {
        VarKind kind = varKind(modifier);
        List<Stmt.Declarator> out = new ArrayList<>();
        for (VariableDeclarationContext d : decls) {
            Pattern target = bindingTarget(d.bindingTarget());
            Expr init = null;
            if (d.singleExpression() != null) {
                init = expr(d.singleExpression());
                if (target instanceof Pattern.Name n) {
                    nameAnonymous(init, n.name());
                }
            } else if (kind == VarKind.CONST && !(d.getParent() instanceof ForInitContext && false)) {
                if (!(target instanceof Pattern.Name) || !isForInOfHead(d)) {
                    throw new JsSyntaxError("Missing initializer in const declaration", d.getStop().getStopIndex() + 1, 1);
                }
            } else if (!(target instanceof Pattern.Name) && !isForInOfHead(d)) {
                throw new JsSyntaxError("Missing initializer in destructuring declaration", d.getStop().getStopIndex() + 1, 1);
            }
            out.add(new Stmt.Declarator(target, init));
        }
        return new Stmt.VarDecl(p, kind, out);
    }

    private static boolean isForInOfHead(ParserRuleContext d) {
        return d.getParent() instanceof ForBindingContext;
    }

    private Stmt forStatement(ForStatementContext f, int p) {
        Stmt init = null;
        ForInitContext fi = f.forInit();
        if (fi != null) {
            if (fi.varModifier() != null) {
                init = varDecl(fi.varModifier(), fi.variableDeclaration(), pos(fi));
            } else {
                init = new Stmt.ExprStmt(pos(fi), sequence(fi.expressionSequence()));
            }
        }
        List<ExpressionSequenceContext> seqs = f.expressionSequence();
        Expr test = null;
        Expr update = null;
        // which expression sequences are present: they sit between the two semicolons and after
        int firstSemi = f.SemiColon(0).getSymbol().getTokenIndex();
        int secondSemi = f.SemiColon(1).getSymbol().getTokenIndex();
        for (ExpressionSequenceContext s : seqs) {
            int idx = s.getStart().getTokenIndex();
            if (idx > firstSemi && idx < secondSemi) {
                test = sequence(s);
            } else if (idx > secondSemi) {
                update = sequence(s);
            }
        }
        return new Stmt.For(p, init, test, update, substatement(f.statement()));
    }

    private Stmt forInOf(boolean isOf, ForBindingContext b, Expr iterable, StatementContext body, int p) {
        VarKind kind = null;
        Pattern target;
        if (b.varModifier() != null) {
            kind = varKind(b.varModifier());
            target = bindingTarget(b.bindingTarget());
        } else {
            target = toPattern(expr(b.singleExpression()), false);
        }
        return new Stmt.ForInOf(p, isOf, kind, target, iterable, substatement(body));
    }

    // ---- functions and classes -----------------------------------------------------------------

    private FunctionNode functionDeclaration(FunctionDeclarationContext f) {
        if (f.Async() != null) {
            throw asyncUnsupported(f.Async());
        }
        String name = f.identifier().getText();
        return function(name, FunctionNode.Kind.NORMAL, f.Multiply() != null, false, f.formalParameterList(), f.functionBody(), null,
                        pos(f.identifier()), pos(f), f.getStop().getStopIndex() + 1);
    }

    private static JsSyntaxError asyncUnsupported(TerminalNode async) {
        return new JsSyntaxError("async functions are not supported by Dunder yet", pos(async), 5);
    }

    private FunctionNode function(String name, FunctionNode.Kind kind, boolean generator, boolean async, FormalParameterListContext params,
                    FunctionBodyContext body, Expr expressionBody, int p, int start, int end) {
        boolean outerStrict = strict;
        if (body != null && hasUseStrict(body.statement())) {
            strict = true;
        }
        if (kind.isMethodLike()) {
            // class code is strict; object literal methods inherit
        }
        functions.push(new FunctionContext(generator));
        try {
            List<Pattern> ps = new ArrayList<>();
            Pattern rest = null;
            if (params != null) {
                for (FormalParameterContext fp : params.formalParameter()) {
                    ps.add(formalParameter(fp));
                }
                if (params.restParameter() != null) {
                    rest = bindingTarget(params.restParameter().bindingTarget());
                }
            }
            List<Stmt> stmts = body == null ? List.of() : statements(body.statement());
            return new FunctionNode(name, kind, generator, async, ps, rest, stmts, expressionBody, strict, p, start, end);
        } finally {
            functions.pop();
            strict = outerStrict;
        }
    }

    private Pattern formalParameter(FormalParameterContext fp) {
        Pattern target = bindingTarget(fp.bindingTarget());
        if (fp.singleExpression() != null) {
            Expr def = expr(fp.singleExpression());
            if (target instanceof Pattern.Name n) {
                nameAnonymous(def, n.name());
            }
            return new Pattern.WithDefault(pos(fp), target, def);
        }
        return target;
    }

    private FunctionNode arrow(ArrowFunctionExpressionContext a) {
        if (a.Async() != null) {
            throw asyncUnsupported(a.Async());
        }
        ArrowParametersContext ap = a.arrowParameters();
        ArrowBodyContext body = a.arrowBody();
        boolean outerStrict = strict;
        if (body.functionBody() != null && hasUseStrict(body.functionBody().statement())) {
            strict = true;
        }
        functions.push(new FunctionContext(false));
        try {
            List<Pattern> ps = new ArrayList<>();
            Pattern rest = null;
            if (ap.identifier() != null) {
                ps.add(new Pattern.Name(pos(ap.identifier()), ap.identifier().getText()));
            } else if (ap.formalParameterList() != null) {
                for (FormalParameterContext fp : ap.formalParameterList().formalParameter()) {
                    ps.add(formalParameter(fp));
                }
                if (ap.formalParameterList().restParameter() != null) {
                    rest = bindingTarget(ap.formalParameterList().restParameter().bindingTarget());
                }
            }
            List<Stmt> stmts = List.of();
            Expr exprBody = null;
            if (body.functionBody() != null) {
                stmts = statements(body.functionBody().statement());
            } else {
                exprBody = expr(body.singleExpression());
            }
            return new FunctionNode("", FunctionNode.Kind.ARROW, false, false, ps, rest, stmts, exprBody, strict, pos(a), pos(a),
                            a.getStop().getStopIndex() + 1);
        } finally {
            functions.pop();
            strict = outerStrict;
        }
    }

    private ClassNode classTail(ClassTailContext tail, String name, boolean hasBinding, int p, int end) {
        boolean outerStrict = strict;
        strict = true;
        ClassScope scope = new ClassScope();
        Expr superClass = null;
        if (tail.singleExpression() != null) {
            superClass = expr(tail.singleExpression());
        }
        classes.push(scope);
        try {
            // declared private names first: uses may come before declarations
            for (ClassElementContext el : tail.classElement()) {
                declarePrivate(el, scope);
            }
            FunctionNode constructor = null;
            List<ClassNode.Member> members = new ArrayList<>();
            for (ClassElementContext el : tail.classElement()) {
                if (el instanceof ClassMethodContext cm) {
                    boolean isStatic = cm.Static() != null;
                    MethodDefinitionContext md = cm.methodDefinition();
                    PropKey key = propertyName(methodName(md));
                    if (!isStatic && !key.isComputed() && !key.isPrivate() && "constructor".equals(key.name())) {
                        if (!(md instanceof PlainMethodContext pm) || pm.Multiply() != null || pm.Async() != null) {
                            throw new JsSyntaxError("Class constructor may not be a" + (md instanceof GetterMethodContext ? " getter"
                                            : md instanceof SetterMethodContext ? " setter" : "n async method or generator"), key.pos(), 11);
                        }
                        if (constructor != null) {
                            throw new JsSyntaxError("A class may only have one constructor", key.pos(), 11);
                        }
                        FunctionNode.Kind kind = superClass == null ? FunctionNode.Kind.BASE_CONSTRUCTOR : FunctionNode.Kind.DERIVED_CONSTRUCTOR;
                        constructor = function(name, kind, false, false, pm.formalParameterList(), pm.functionBody(), null, p, p, end);
                        continue;
                    }
                    members.add(new ClassNode.Method(isStatic, key, method(md, key)));
                } else if (el instanceof ClassFieldContext cf) {
                    boolean isStatic = cf.Static() != null;
                    PropKey key = propertyName(cf.propertyName());
                    if (!key.isComputed() && !key.isPrivate() && "constructor".equals(key.name())) {
                        throw new JsSyntaxError("Classes may not have a field named 'constructor'", key.pos(), 11);
                    }
                    if (isStatic && !key.isComputed() && !key.isPrivate() && "prototype".equals(key.name())) {
                        throw new JsSyntaxError("Classes may not have a static property named 'prototype'", key.pos(), 9);
                    }
                    checkSemicolon(cf, cf.eos());
                    FunctionNode init = null;
                    if (cf.singleExpression() != null) {
                        functions.push(new FunctionContext(false));
                        Expr value;
                        try {
                            value = expr(cf.singleExpression());
                        } finally {
                            functions.pop();
                        }
                        if (!key.isComputed()) {
                            nameAnonymous(value, key.name());
                        }
                        init = new FunctionNode(key.isComputed() ? "" : key.name(), FunctionNode.Kind.FIELD_INITIALIZER, false, false, List.of(), null, List.of(),
                                        value, true, pos(cf.singleExpression()), pos(cf.singleExpression()), cf.singleExpression().getStop().getStopIndex() + 1);
                    }
                    members.add(new ClassNode.Field(isStatic, key, init));
                } else if (el instanceof StaticBlockContext sb) {
                    functions.push(new FunctionContext(false));
                    List<Stmt> body;
                    try {
                        body = statements(sb.block().statement());
                    } finally {
                        functions.pop();
                    }
                    members.add(new ClassNode.StaticBlock(new FunctionNode("", FunctionNode.Kind.STATIC_BLOCK, false, false, List.of(), null, body, null,
                                    true, pos(sb), pos(sb), sb.getStop().getStopIndex() + 1)));
                }
            }
            if (constructor == null) {
                constructor = defaultConstructor(name, superClass != null, p, end);
            }
            return new ClassNode(p, name, hasBinding, superClass, constructor, members, p, end);
        } finally {
            classes.pop();
            strict = outerStrict;
            for (Object[] use : scope.used) {
                if (!scope.declared.contains((String) use[0])) {
                    if (classes.isEmpty()) {
                        throw new JsSyntaxError("Private field '" + use[0] + "' must be declared in an enclosing class", (Integer) use[1], 1);
                    }
                    classes.peek().used.add(use);
                }
            }
        }
    }

    private void declarePrivate(ClassElementContext el, ClassScope scope) {
        PropertyNameContext pn = null;
        String accessor = "";
        if (el instanceof ClassMethodContext cm) {
            pn = methodName(cm.methodDefinition());
            accessor = cm.methodDefinition() instanceof GetterMethodContext ? "get" : cm.methodDefinition() instanceof SetterMethodContext ? "set" : "";
        } else if (el instanceof ClassFieldContext cf) {
            pn = cf.propertyName();
        }
        if (pn != null && pn.PrivateName() != null) {
            String n = pn.PrivateName().getText();
            if (!scope.declared.add(n) && accessor.isEmpty()) {
                throw new JsSyntaxError("Identifier '" + n + "' has already been declared", pos(pn), n.length());
            }
        }
    }

    /** {@code class A extends B {}} behaves as if it had {@code constructor(...args) { super(...args); }}. */
    private FunctionNode defaultConstructor(String name, boolean derived, int p, int end) {
        if (!derived) {
            return new FunctionNode(name, FunctionNode.Kind.BASE_CONSTRUCTOR, false, false, List.of(), null, List.of(), null, true, p, p, end);
        }
        Pattern rest = new Pattern.Name(p, "args");
        Stmt call = new Stmt.ExprStmt(p, new Expr.SuperCall(p, List.of(new Expr.Spread(p, new Expr.Ident(p, "args")))));
        return new FunctionNode(name, FunctionNode.Kind.DERIVED_CONSTRUCTOR, false, false, List.of(), rest, List.of(call), null, true, p, p, end);
    }

    private static PropertyNameContext methodName(MethodDefinitionContext md) {
        if (md instanceof PlainMethodContext pm) {
            return pm.propertyName();
        } else if (md instanceof GetterMethodContext g) {
            return g.propertyName();
        }
        return ((SetterMethodContext) md).propertyName();
    }

    private FunctionNode method(MethodDefinitionContext md, PropKey key) {
        String name = key.isComputed() ? "" : key.name();
        int end = md.getStop().getStopIndex() + 1;
        if (md instanceof PlainMethodContext pm) {
            if (pm.Async() != null) {
                throw asyncUnsupported(pm.Async());
            }
            return function(name, FunctionNode.Kind.METHOD, pm.Multiply() != null, false, pm.formalParameterList(), pm.functionBody(), null, key.pos(), pos(md), end);
        } else if (md instanceof GetterMethodContext g) {
            return function(name, FunctionNode.Kind.GETTER, false, false, null, g.functionBody(), null, key.pos(), pos(md), end);
        }
        SetterMethodContext s = (SetterMethodContext) md;
        FunctionNode f = function(name, FunctionNode.Kind.SETTER, false, false, s.formalParameterList(), s.functionBody(), null, key.pos(), pos(md), end);
        if (f.params.size() != 1 || f.rest != null) {
            throw new JsSyntaxError("Setter must have exactly one formal parameter.", pos(s.formalParameterList()), 1);
        }
        return f;
    }

    private PropKey propertyName(PropertyNameContext pn) {
        int p = pos(pn);
        if (pn.identifierName() != null) {
            return PropKey.named(p, JsLiterals.identifier(pn.identifierName().getText()));
        } else if (pn.StringLiteral() != null) {
            return PropKey.named(p, stringLiteral(pn.StringLiteral().getSymbol()));
        } else if (pn.NumericLiteral() != null) {
            return PropKey.named(p, NumberToString.toString(JsLiterals.number(pn.NumericLiteral().getText())));
        } else if (pn.BigIntLiteral() != null) {
            String t = pn.BigIntLiteral().getText();
            return PropKey.named(p, t.substring(0, t.length() - 1).replace("_", ""));
        } else if (pn.PrivateName() != null) {
            return new PropKey(p, pn.PrivateName().getText(), null, true);
        }
        return new PropKey(p, null, expr(pn.singleExpression()), false);
    }

    private String stringLiteral(Token t) {
        String text = t.getText();
        if (strict && hasLegacyOctalEscape(text)) {
            throw new JsSyntaxError("Octal escape sequences are not allowed in strict mode.", t.getStartIndex(), text.length());
        }
        try {
            return JsLiterals.string(text);
        } catch (IllegalArgumentException e) {
            throw new JsSyntaxError(e.getMessage(), t.getStartIndex(), text.length());
        }
    }

    private static boolean hasLegacyOctalEscape(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                char e = s.charAt(i + 1);
                if (e >= '1' && e <= '7' || (e == '0' && i + 2 < s.length() && Character.isDigit(s.charAt(i + 2)))) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /** NamedEvaluation: an anonymous function or class gets the name it is assigned to. */
    static void nameAnonymous(Expr e, String name) {
        if (e instanceof Expr.Func f && f.function().name.isEmpty()) {
            f.function().name = name;
        } else if (e instanceof Expr.ClassExpr c && c.cls().name.isEmpty()) {
            c.cls().name = name;
            c.cls().constructor.name = name;
        }
    }

    // ---- expressions ---------------------------------------------------------------------------

    private Expr sequence(ExpressionSequenceContext ctx) {
        List<SingleExpressionContext> list = ctx.singleExpression();
        if (list.size() == 1) {
            return expr(list.get(0));
        }
        List<Expr> out = new ArrayList<>();
        for (SingleExpressionContext s : list) {
            out.add(expr(s));
        }
        return new Expr.Sequence(pos(ctx), out);
    }

    Expr expr(SingleExpressionContext ctx) {
        Expr e = exprRaw(ctx);
        if (hasOptionalLink(e) && !continuesChain(ctx)) {
            e = new Expr.OptionalChain(e.pos(), e);
        }
        ranges.put(e, new int[]{pos(ctx), ctx.getStop().getStopIndex() + 1});
        return e;
    }

    private static boolean hasOptionalLink(Expr e) {
        while (true) {
            if (e instanceof Expr.Member m) {
                if (m.optional()) {
                    return true;
                }
                e = m.object();
            } else if (e instanceof Expr.Index i) {
                if (i.optional()) {
                    return true;
                }
                e = i.object();
            } else if (e instanceof Expr.PrivateMember pm) {
                if (pm.optional()) {
                    return true;
                }
                e = pm.object();
            } else if (e instanceof Expr.Call c) {
                if (c.optional()) {
                    return true;
                }
                e = c.callee();
            } else {
                return false;
            }
        }
    }

    private static boolean continuesChain(SingleExpressionContext ctx) {
        ParseTree parent = ctx.getParent();
        if (parent instanceof MemberDotExpressionContext || parent instanceof IndexExpressionContext || parent instanceof CallExpressionContext) {
            return ((ParserRuleContext) parent).getChild(0) == ctx;
        }
        return false;
    }

    private Expr exprRaw(SingleExpressionContext ctx) {
        int p = pos(ctx);
        if (ctx instanceof IdentifierExpressionContext id) {
            return new Expr.Ident(p, JsLiterals.identifier(id.identifier().getText()));
        } else if (ctx instanceof LiteralExpressionContext lit) {
            return literal(lit.literal());
        } else if (ctx instanceof MemberDotExpressionContext m) {
            boolean optional = m.QuestionDot() != null;
            int dotPos = pos(optional ? m.QuestionDot() : m.Dot());
            if (m.PrivateName() != null) {
                String name = m.PrivateName().getText();
                usePrivate(name, dotPos);
                return new Expr.PrivateMember(dotPos, expr(m.singleExpression()), name, optional);
            }
            String name = JsLiterals.identifier(m.identifierName().getText());
            int namePos = pos(m.identifierName());
            if (m.singleExpression() instanceof SuperExpressionContext) {
                return new Expr.SuperMember(namePos, name, null);
            }
            return new Expr.Member(namePos, expr(m.singleExpression()), name, optional);
        } else if (ctx instanceof IndexExpressionContext ix) {
            int bracket = pos(ix.OpenBracket());
            Expr key = sequence(ix.expressionSequence());
            if (ix.singleExpression() instanceof SuperExpressionContext) {
                return new Expr.SuperMember(bracket, null, key);
            }
            return new Expr.Index(bracket, expr(ix.singleExpression()), key, ix.QuestionDot() != null);
        } else if (ctx instanceof CallExpressionContext c) {
            List<Expr> args = arguments(c.arguments());
            if (c.singleExpression() instanceof SuperExpressionContext) {
                return new Expr.SuperCall(p, args);
            }
            Expr callee = expr(c.singleExpression());
            return new Expr.Call(callPosition(callee, pos(c.arguments())), callee, args, c.QuestionDot() != null);
        } else if (ctx instanceof NewExpressionContext n) {
            Expr callee = newCallee(n.newCallee());
            List<Expr> args = n.arguments() == null ? List.of() : arguments(n.arguments());
            return new Expr.New(p, callee, args);
        } else if (ctx instanceof NewTargetExpressionContext) {
            return new Expr.NewTarget(p);
        } else if (ctx instanceof TaggedTemplateExpressionContext t) {
            Expr tag = expr(t.singleExpression());
            Expr.Template quasi = template(t.templateLiteral(), true);
            return new Expr.TaggedTemplate(callPosition(tag, pos(t.templateLiteral())), tag, quasi);
        } else if (ctx instanceof PostfixExpressionContext pf) {
            boolean inc = pf.PlusPlus() != null;
            Expr target = expr(pf.singleExpression());
            checkSimpleTarget(target, "Invalid left-hand side expression in postfix operation");
            return new Expr.Update(pos(inc ? pf.PlusPlus() : pf.MinusMinus()), inc, false, target);
        } else if (ctx instanceof UnaryExpressionContext u) {
            return unary(u, p);
        } else if (ctx instanceof PowerExpressionContext pw) {
            if (pw.singleExpression(0) instanceof UnaryExpressionContext u && u.PlusPlus() == null && u.MinusMinus() == null) {
                throw new JsSyntaxError("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence",
                                p, pw.singleExpression(0).getStop().getStopIndex() + 1 - p);
            }
            return binary("**", pw.singleExpression(0), pw.singleExpression(1), pw.Power());
        } else if (ctx instanceof MultiplicativeExpressionContext m) {
            return binary(m.getChild(1).getText(), m.singleExpression(0), m.singleExpression(1), (TerminalNode) m.getChild(1));
        } else if (ctx instanceof AdditiveExpressionContext a) {
            return binary(a.getChild(1).getText(), a.singleExpression(0), a.singleExpression(1), (TerminalNode) a.getChild(1));
        } else if (ctx instanceof ShiftExpressionContext s) {
            return binary(s.getChild(1).getText(), s.singleExpression(0), s.singleExpression(1), (TerminalNode) s.getChild(1));
        } else if (ctx instanceof RelationalExpressionContext r) {
            if (r.In() != null && r.singleExpression(0) instanceof PrivateNameExpressionContext pn) {
                String name = pn.PrivateName().getText();
                usePrivate(name, pos(pn));
                return new Expr.PrivateIn(p, name, expr(r.singleExpression(1)));
            }
            return binary(r.getChild(1).getText(), r.singleExpression(0), r.singleExpression(1), (TerminalNode) r.getChild(1));
        } else if (ctx instanceof EqualityExpressionContext e) {
            return binary(e.getChild(1).getText(), e.singleExpression(0), e.singleExpression(1), (TerminalNode) e.getChild(1));
        } else if (ctx instanceof BitAndExpressionContext b) {
            return binary("&", b.singleExpression(0), b.singleExpression(1), b.BitAnd());
        } else if (ctx instanceof BitXorExpressionContext b) {
            return binary("^", b.singleExpression(0), b.singleExpression(1), b.BitXor());
        } else if (ctx instanceof BitOrExpressionContext b) {
            return binary("|", b.singleExpression(0), b.singleExpression(1), b.BitOr());
        } else if (ctx instanceof LogicalAndExpressionContext l) {
            return new Expr.Logical(pos(l.And()), "&&", expr(l.singleExpression(0)), expr(l.singleExpression(1)));
        } else if (ctx instanceof LogicalOrExpressionContext l) {
            return new Expr.Logical(pos(l.Or()), "||", expr(l.singleExpression(0)), expr(l.singleExpression(1)));
        } else if (ctx instanceof NullishExpressionContext l) {
            return new Expr.Logical(pos(l.Nullish()), "??", expr(l.singleExpression(0)), expr(l.singleExpression(1)));
        } else if (ctx instanceof TernaryExpressionContext t) {
            return new Expr.Conditional(p, expr(t.singleExpression(0)), expr(t.singleExpression(1)), expr(t.singleExpression(2)));
        } else if (ctx instanceof AssignmentExpressionContext a) {
            return assignment(a);
        } else if (ctx instanceof ArrowFunctionExpressionContext a) {
            return new Expr.Func(p, arrow(a));
        } else if (ctx instanceof YieldExpressionContext y) {
            if (functions.isEmpty() || !functions.peek().generator()) {
                if (y.singleExpression() == null && !strict) {
                    return new Expr.Ident(p, "yield");
                }
                throw new JsSyntaxError(strict ? "Unexpected strict mode reserved word" : "Yield expression not allowed in formal parameter", p, 5);
            }
            Expr arg = y.singleExpression() == null ? null : expr(y.singleExpression());
            return new Expr.Yield(p, arg, y.Multiply() != null);
        } else if (ctx instanceof FunctionExpressionContext f) {
            if (f.Async() != null) {
                throw asyncUnsupported(f.Async());
            }
            String name = f.identifier() == null ? "" : f.identifier().getText();
            FunctionNode fn = function(name, FunctionNode.Kind.NORMAL, f.Multiply() != null, false, f.formalParameterList(), f.functionBody(), null,
                            f.identifier() == null ? p : pos(f.identifier()), p, f.getStop().getStopIndex() + 1);
            fn.hasOwnNameBinding = f.identifier() != null;
            return new Expr.Func(p, fn);
        } else if (ctx instanceof ClassExpressionContext c) {
            String name = c.identifier() == null ? "" : c.identifier().getText();
            return new Expr.ClassExpr(p, classTail(c.classTail(), name, c.identifier() != null, p, c.getStop().getStopIndex() + 1));
        } else if (ctx instanceof ThisExpressionContext) {
            return new Expr.This(p);
        } else if (ctx instanceof SuperExpressionContext) {
            throw new JsSyntaxError("'super' keyword unexpected here", p, 5);
        } else if (ctx instanceof PrivateNameExpressionContext pn) {
            throw unexpected(pn.PrivateName().getSymbol());
        } else if (ctx instanceof TemplateLiteralExpressionContext t) {
            return template(t.templateLiteral(), false);
        } else if (ctx instanceof ArrayLiteralExpressionContext a) {
            return arrayLiteral(a.arrayLiteral());
        } else if (ctx instanceof ObjectLiteralExpressionContext o) {
            return objectLiteral(o.objectLiteral());
        } else if (ctx instanceof ParenthesizedExpressionContext pe) {
            return new Expr.Paren(p, sequence(pe.expressionSequence()));
        }
        throw new IllegalStateException("expression " + ctx.getClass().getSimpleName());
    }

    private void usePrivate(String name, int p) {
        if (classes.isEmpty()) {
            throw new JsSyntaxError("Private field '" + name + "' must be declared in an enclosing class", p, 1);
        }
        classes.peek().used.add(new Object[]{name, p});
    }

    /** The constructor expression of {@code new}: identifiers, member chains, parenthesized expressions, ... */
    private Expr newCallee(NewCalleeContext ctx) {
        int p = pos(ctx);
        Expr e;
        if (ctx instanceof NewCalleeMemberContext m) {
            Expr object = newCallee(m.newCallee());
            if (m.PrivateName() != null) {
                String name = m.PrivateName().getText();
                usePrivate(name, pos(m.Dot()));
                e = new Expr.PrivateMember(pos(m.Dot()), object, name, false);
            } else {
                e = new Expr.Member(pos(m.identifierName()), object, JsLiterals.identifier(m.identifierName().getText()), false);
            }
        } else if (ctx instanceof NewCalleeIndexContext ix) {
            e = new Expr.Index(pos(ix.OpenBracket()), newCallee(ix.newCallee()), sequence(ix.expressionSequence()), false);
        } else if (ctx instanceof NewCalleeNewContext nn) {
            e = new Expr.New(p, newCallee(nn.newCallee()), arguments(nn.arguments()));
        } else if (ctx instanceof NewCalleeIdentifierContext id) {
            e = new Expr.Ident(p, JsLiterals.identifier(id.identifier().getText()));
        } else if (ctx instanceof NewCalleeThisContext) {
            e = new Expr.This(p);
        } else if (ctx instanceof NewCalleeParenthesizedContext pc) {
            e = new Expr.Paren(p, sequence(pc.expressionSequence()));
        } else if (ctx instanceof NewCalleeFunctionContext f) {
            String name = f.identifier() == null ? "" : f.identifier().getText();
            FunctionNode fn = function(name, FunctionNode.Kind.NORMAL, false, false, f.formalParameterList(), f.functionBody(), null,
                            f.identifier() == null ? p : pos(f.identifier()), p, f.getStop().getStopIndex() + 1);
            fn.hasOwnNameBinding = f.identifier() != null;
            e = new Expr.Func(p, fn);
        } else if (ctx instanceof NewCalleeLiteralContext lit) {
            e = literal(lit.literal());
        } else if (ctx instanceof NewCalleeArrayContext arr) {
            e = arrayLiteral(arr.arrayLiteral());
        } else if (ctx instanceof NewCalleeObjectContext obj) {
            e = objectLiteral(obj.objectLiteral());
        } else if (ctx instanceof NewCalleeTemplateContext tl) {
            e = template(tl.templateLiteral(), false);
        } else {
            NewCalleeClassContext c = (NewCalleeClassContext) ctx;
            String name = c.identifier() == null ? "" : c.identifier().getText();
            e = new Expr.ClassExpr(p, classTail(c.classTail(), name, c.identifier() != null, p, c.getStop().getStopIndex() + 1));
        }
        ranges.put(e, new int[]{p, ctx.getStop().getStopIndex() + 1});
        return e;
    }

    /** Where V8 reports a failed call: the property name of a method call, the callee name, else the '('. */
    private static int callPosition(Expr callee, int argsPos) {
        if (callee instanceof Expr.Member || callee instanceof Expr.Ident || callee instanceof Expr.PrivateMember || callee instanceof Expr.SuperMember) {
            return callee.pos();
        }
        return argsPos;
    }

    private List<Expr> arguments(ArgumentsContext ctx) {
        List<Expr> out = new ArrayList<>();
        for (ArgumentContext a : ctx.argument()) {
            Expr e = expr(a.singleExpression());
            out.add(a.Ellipsis() != null ? new Expr.Spread(pos(a), e) : e);
        }
        return out;
    }

    private Expr binary(String op, SingleExpressionContext l, SingleExpressionContext r, TerminalNode opToken) {
        return new Expr.Binary(pos(opToken), op, expr(l), expr(r));
    }

    private Expr unary(UnaryExpressionContext u, int p) {
        String op = u.getChild(0).getText();
        Expr operand = expr(u.singleExpression());
        switch (op) {
            case "++", "--" -> {
                checkSimpleTarget(operand, "Invalid left-hand side expression in prefix operation");
                return new Expr.Update(p, op.equals("++"), true, operand);
            }
            case "await" -> throw new JsSyntaxError("await is only valid in async functions and the top level bodies of modules", p, 5);
            case "delete" -> {
                if (strict && unwrapParens(operand) instanceof Expr.Ident) {
                    throw new JsSyntaxError("Delete of an unqualified identifier in strict mode.", operand.pos(), u.getStop().getStopIndex() + 1 - operand.pos());
                }
                if (unwrapParens(operand) instanceof Expr.PrivateMember) {
                    throw new JsSyntaxError("Private fields can not be deleted", operand.pos(), u.getStop().getStopIndex() + 1 - operand.pos());
                }
                return new Expr.Unary(p, op, operand);
            }
            default -> {
                return new Expr.Unary(p, op, operand);
            }
        }
    }

    static Expr unwrapParens(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.expr();
        }
        return e;
    }

    private void checkSimpleTarget(Expr target, String message) {
        Expr t = unwrapParens(target);
        if (!(t instanceof Expr.Ident || t instanceof Expr.Member || t instanceof Expr.Index || t instanceof Expr.PrivateMember || t instanceof Expr.SuperMember)) {
            throw new JsSyntaxError(message, target.pos(), 1);
        }
        if (t instanceof Expr.Ident id && strict && (id.name().equals("eval") || id.name().equals("arguments"))) {
            throw new JsSyntaxError("Unexpected eval or arguments in strict mode", id.pos(), id.name().length());
        }
    }

    private Expr assignment(AssignmentExpressionContext a) {
        String op = a.assignmentOperator().getText();
        int opPos = pos(a.assignmentOperator());
        Expr left = expr(a.singleExpression(0));
        Expr value = expr(a.singleExpression(1));
        Pattern target;
        if (op.equals("=")) {
            target = toPattern(left, false);
        } else {
            Expr t = unwrapParens(left);
            if (!(t instanceof Expr.Ident || t instanceof Expr.Member || t instanceof Expr.Index || t instanceof Expr.PrivateMember || t instanceof Expr.SuperMember)) {
                throw new JsSyntaxError("Invalid left-hand side in assignment", left.pos(), a.singleExpression(0).getStop().getStopIndex() + 1 - left.pos());
            }
            target = t instanceof Expr.Ident id ? new Pattern.Name(id.pos(), id.name()) : new Pattern.ExprTarget(t.pos(), t);
        }
        if (target instanceof Pattern.Name n && (op.equals("=") || op.equals("&&=") || op.equals("||=") || op.equals("??="))) {
            nameAnonymous(value, n.name());
        }
        return new Expr.Assign(opPos, op, target, value);
    }

    /**
     * Reinterprets an expression as an assignment target (§13.15.5) or, with
     * {@code binding}, as a binding pattern of a declaration or parameter.
     */
    Pattern toPattern(Expr e, boolean binding) {
        if (e instanceof Expr.Ident id) {
            if (strict && (id.name().equals("eval") || id.name().equals("arguments"))) {
                throw new JsSyntaxError("Unexpected eval or arguments in strict mode", id.pos(), id.name().length());
            }
            return new Pattern.Name(id.pos(), id.name());
        }
        if (!binding && (e instanceof Expr.Member || e instanceof Expr.Index || e instanceof Expr.PrivateMember || e instanceof Expr.SuperMember)) {
            return new Pattern.ExprTarget(e.pos(), e);
        }
        if (!binding && e instanceof Expr.Paren p) {
            Expr inner = unwrapParens(p);
            if (inner instanceof Expr.Ident || inner instanceof Expr.Member || inner instanceof Expr.Index || inner instanceof Expr.PrivateMember) {
                return toPattern(inner, false);
            }
        }
        if (e instanceof Expr.ArrayLit a) {
            List<Pattern> elements = new ArrayList<>();
            Pattern rest = null;
            for (int i = 0; i < a.elements().size(); i++) {
                Expr el = a.elements().get(i);
                if (el instanceof Expr.Spread s) {
                    if (i != a.elements().size() - 1) {
                        throw new JsSyntaxError("Rest element must be last element", s.pos(), 3);
                    }
                    rest = toPattern(s.expr(), binding);
                } else {
                    elements.add(el == null ? null : toPatternWithDefault(el, binding));
                }
            }
            return new Pattern.ArrayPattern(a.pos(), elements, rest);
        }
        if (e instanceof Expr.ObjectLit o) {
            List<Pattern.PropPattern> props = new ArrayList<>();
            Pattern rest = null;
            for (Expr.Prop prop : o.props()) {
                if (prop instanceof Expr.DataProp dp && !dp.isMethod() && dp.kind().equals("init")) {
                    Pattern value = toPatternWithDefault(dp.value(), binding);
                    props.add(new Pattern.PropPattern(dp.key().pos(), dp.key(), value));
                } else if (prop instanceof Expr.CoverInitialized ci) {
                    props.add(new Pattern.PropPattern(ci.pos(), PropKey.named(ci.pos(), ci.name()),
                                    new Pattern.WithDefault(ci.pos(), new Pattern.Name(ci.pos(), ci.name()), ci.value())));
                } else if (prop instanceof Expr.SpreadProp sp) {
                    rest = toPattern(sp.expr(), binding);
                } else if (prop instanceof Expr.DataProp dp && dp.kind().equals("proto")) {
                    props.add(new Pattern.PropPattern(dp.key().pos(), dp.key(), toPatternWithDefault(dp.value(), binding)));
                } else {
                    throw new JsSyntaxError("Invalid destructuring assignment target", o.pos(), 1);
                }
            }
            return new Pattern.ObjectPattern(o.pos(), props, rest);
        }
        if (binding) {
            throw new JsSyntaxError("Invalid destructuring assignment target", e.pos(), 1);
        }
        throw new JsSyntaxError("Invalid left-hand side in assignment", e.pos(), 1);
    }

    private Pattern toPatternWithDefault(Expr e, boolean binding) {
        if (e instanceof Expr.Assign a && a.op().equals("=")) {
            Pattern target = a.target();
            if (binding) {
                target = rebind(target);
            }
            return new Pattern.WithDefault(a.pos(), target, a.value());
        }
        return toPattern(e, binding);
    }

    /** An assignment pattern already built from {@code a = 1} used in a binding position: only names are allowed. */
    private static Pattern rebind(Pattern p) {
        if (p instanceof Pattern.ExprTarget t) {
            throw new JsSyntaxError("Invalid destructuring assignment target", t.pos(), 1);
        }
        return p;
    }

    private Pattern bindingTarget(BindingTargetContext b) {
        if (b.identifier() != null) {
            String name = JsLiterals.identifier(b.identifier().getText());
            if (strict && (name.equals("eval") || name.equals("arguments"))) {
                throw new JsSyntaxError("Unexpected eval or arguments in strict mode", pos(b), name.length());
            }
            if (name.equals("let") && b.getParent() instanceof VariableDeclarationContext vd && vd.getParent() instanceof VariableStatementContext vs
                            && vs.varModifier().Var() == null) {
                throw new JsSyntaxError("let is disallowed as a lexically bound name", pos(b), 3);
            }
            return new Pattern.Name(pos(b), name);
        }
        Expr e = b.arrayLiteral() != null ? arrayLiteral(b.arrayLiteral()) : objectLiteral(b.objectLiteral());
        return toPattern(e, true);
    }

    private Expr literal(LiteralContext lit) {
        Token t = lit.getStart();
        int p = t.getStartIndex();
        String text = t.getText();
        switch (t.getType()) {
            case JsLexer.NullLiteral:
                return new Expr.Null(p);
            case JsLexer.BooleanLiteral:
                return new Expr.Bool(p, text.equals("true"));
            case JsLexer.StringLiteral:
                return new Expr.Str(p, stringLiteral(t));
            case JsLexer.NumericLiteral:
                if (strict && JsLiterals.isLegacyOctal(text)) {
                    throw new JsSyntaxError(text.chars().allMatch(c -> c >= '0' && c <= '7') ? "Octal literals are not allowed in strict mode."
                                    : "Decimals with leading zeros are not allowed in strict mode.", p, text.length());
                }
                return new Expr.Num(p, JsLiterals.number(text));
            case JsLexer.BigIntLiteral:
                throw new JsSyntaxError("BigInt literals are not supported by Dunder yet", p, text.length());
            case JsLexer.RegularExpressionLiteral: {
                int slash = text.lastIndexOf('/');
                return new Expr.Regex(p, text.substring(1, slash), text.substring(slash + 1));
            }
            default:
                throw unexpected(t);
        }
    }

    private Expr.Template template(TemplateLiteralContext ctx, boolean tagged) {
        List<String> cooked = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        List<Expr> subs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int spanStart = ctx.getStart().getStartIndex();
        for (TemplatePartContext part : ctx.templatePart()) {
            if (part.expressionSequence() != null) {
                addQuasi(current.toString(), cooked, raw, tagged, spanStart);
                current.setLength(0);
                subs.add(sequence(part.expressionSequence()));
                spanStart = part.getStop().getStartIndex();
            } else {
                current.append(part.getText());
            }
        }
        addQuasi(current.toString(), cooked, raw, tagged, spanStart);
        return new Expr.Template(pos(ctx), cooked, raw, subs);
    }

    private static void addQuasi(String text, List<String> cooked, List<String> raw, boolean tagged, int p) {
        String c = JsLiterals.unescape(text, true);
        if (c == null && !tagged) {
            throw new JsSyntaxError("Invalid escape sequence in template", p, 1);
        }
        cooked.add(c);
        raw.add(JsLiterals.templateRaw(text));
    }

    private Expr arrayLiteral(ArrayLiteralContext ctx) {
        List<Expr> elements = new ArrayList<>();
        Expr slot = null;
        boolean hasSlot = false;
        for (int i = 1; i < ctx.getChildCount() - 1; i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof ArrayElementContext el) {
                Expr e = expr(el.singleExpression());
                slot = el.Ellipsis() != null ? new Expr.Spread(pos(el), e) : e;
                hasSlot = true;
            } else {
                elements.add(hasSlot ? slot : null);
                slot = null;
                hasSlot = false;
            }
        }
        if (hasSlot) {
            elements.add(slot);
        }
        return new Expr.ArrayLit(pos(ctx), elements);
    }

    private Expr objectLiteral(ObjectLiteralContext ctx) {
        List<Expr.Prop> props = new ArrayList<>();
        boolean sawProto = false;
        for (PropertyAssignmentContext pa : ctx.propertyAssignment()) {
            if (pa instanceof PropertyExpressionAssignmentContext pe) {
                PropKey key = propertyName(pe.propertyName());
                Expr value = expr(pe.singleExpression());
                if (!key.isComputed() && !key.isPrivate() && key.name().equals("__proto__")) {
                    if (sawProto) {
                        throw new JsSyntaxError("Duplicate __proto__ fields are not allowed in object literals", key.pos(), 9);
                    }
                    sawProto = true;
                    props.add(new Expr.DataProp(key, value, "proto", false, false));
                    continue;
                }
                if (key.isPrivate()) {
                    throw unexpected(pe.propertyName().PrivateName().getSymbol());
                }
                if (!key.isComputed()) {
                    nameAnonymous(value, key.name());
                }
                props.add(new Expr.DataProp(key, value, "init", false, false));
            } else if (pa instanceof MethodPropertyContext mp) {
                MethodDefinitionContext md = mp.methodDefinition();
                PropKey key = propertyName(methodName(md));
                if (key.isPrivate()) {
                    throw unexpected(methodName(md).PrivateName().getSymbol());
                }
                FunctionNode fn = method(md, key);
                String kind = md instanceof GetterMethodContext ? "get" : md instanceof SetterMethodContext ? "set" : "init";
                props.add(new Expr.DataProp(key, new Expr.Func(pos(md), fn), kind, false, true));
            } else if (pa instanceof CoverInitializedNameContext ci) {
                props.add(new Expr.CoverInitialized(pos(ci), ci.identifier().getText(), expr(ci.singleExpression())));
            } else if (pa instanceof PropertyShorthandContext ps) {
                String name = JsLiterals.identifier(ps.identifier().getText());
                int p = pos(ps);
                props.add(new Expr.DataProp(PropKey.named(p, name), new Expr.Ident(p, name), "init", true, false));
            } else if (pa instanceof SpreadPropertyContext sp) {
                props.add(new Expr.SpreadProp(expr(sp.singleExpression())));
            }
        }
        return new Expr.ObjectLit(pos(ctx), props);
    }

    static boolean isKeyword(int tokenType) {
        return tokenType >= JsParser.Break && tokenType <= JsParser.With;
    }
}
