package dev.dunder.python.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.attr.GetAttributeNode;
import dev.dunder.python.nodes.call.ArgumentsNode;
import dev.dunder.python.nodes.call.CallNode;
import dev.dunder.python.nodes.call.SuperCallNode;
import dev.dunder.python.nodes.collections.CollectNode;
import dev.dunder.python.nodes.collections.ComprehensionNode;
import dev.dunder.python.nodes.collections.DictDisplayNode;
import dev.dunder.python.nodes.collections.DisplayNode;
import dev.dunder.python.nodes.collections.FormattedValueNode;
import dev.dunder.python.nodes.collections.GetItemNodeGen;
import dev.dunder.python.nodes.collections.JoinedStrNode;
import dev.dunder.python.nodes.collections.NewCollectionNode;
import dev.dunder.python.nodes.collections.SliceNode;
import dev.dunder.python.nodes.control.AssertNode;
import dev.dunder.python.nodes.control.AssignNode;
import dev.dunder.python.nodes.control.AugAssignNode;
import dev.dunder.python.nodes.control.BlockNode;
import dev.dunder.python.nodes.control.DisplayStatementNode;
import dev.dunder.python.nodes.control.BreakNode;
import dev.dunder.python.nodes.control.ConditionalExpressionNode;
import dev.dunder.python.nodes.control.ContinueNode;
import dev.dunder.python.nodes.control.DeleteNode;
import dev.dunder.python.nodes.control.ExceptHandler;
import dev.dunder.python.nodes.control.ExpressionStatementNode;
import dev.dunder.python.nodes.control.ForNode;
import dev.dunder.python.nodes.control.IfNode;
import dev.dunder.python.nodes.control.RaiseNode;
import dev.dunder.python.nodes.control.ReturnNode;
import dev.dunder.python.nodes.control.TryExceptNode;
import dev.dunder.python.nodes.control.TryFinallyNode;
import dev.dunder.python.nodes.control.WhileNode;
import dev.dunder.python.nodes.control.WithNode;
import dev.dunder.python.nodes.func.ClassDefNode;
import dev.dunder.python.nodes.func.ImportFromNode;
import dev.dunder.python.nodes.func.ImportNode;
import dev.dunder.python.nodes.func.MakeFunctionNode;
import dev.dunder.python.nodes.generator.GenBlockNode;
import dev.dunder.python.nodes.generator.GenExpressionNode;
import dev.dunder.python.nodes.generator.GenForNode;
import dev.dunder.python.nodes.generator.GenIfNode;
import dev.dunder.python.nodes.generator.GenStatementNode;
import dev.dunder.python.nodes.generator.GenTryNode;
import dev.dunder.python.nodes.generator.GenWhileNode;
import dev.dunder.python.nodes.generator.GenWithNode;
import dev.dunder.python.nodes.generator.GeneratorSlots;
import dev.dunder.python.nodes.generator.SavedValueNode;
import dev.dunder.python.nodes.generator.YieldFromNode;
import dev.dunder.python.nodes.generator.YieldNode;
import dev.dunder.python.nodes.literal.ConstantNode;
import dev.dunder.python.nodes.ops.AddNodeGen;
import dev.dunder.python.nodes.ops.AndOrNode;
import dev.dunder.python.nodes.ops.BitAndNodeGen;
import dev.dunder.python.nodes.ops.BitOrNodeGen;
import dev.dunder.python.nodes.ops.BitXorNodeGen;
import dev.dunder.python.nodes.ops.ChainedCompareNode;
import dev.dunder.python.nodes.ops.CompareNode;
import dev.dunder.python.nodes.ops.ConditionNode;
import dev.dunder.python.nodes.ops.ContainsNode;
import dev.dunder.python.nodes.ops.FloorDivNodeGen;
import dev.dunder.python.nodes.ops.IdentityNode;
import dev.dunder.python.nodes.ops.LShiftNodeGen;
import dev.dunder.python.nodes.ops.MatMulNodeGen;
import dev.dunder.python.nodes.ops.ModNodeGen;
import dev.dunder.python.nodes.ops.MulNodeGen;
import dev.dunder.python.nodes.ops.NegNode;
import dev.dunder.python.nodes.ops.NotNode;
import dev.dunder.python.nodes.ops.PowNodeGen;
import dev.dunder.python.nodes.ops.RShiftNodeGen;
import dev.dunder.python.nodes.ops.SubNodeGen;
import dev.dunder.python.nodes.ops.TrueDivNodeGen;
import dev.dunder.python.nodes.root.ClassBodyRootNode;
import dev.dunder.python.nodes.root.FrameSetup;
import dev.dunder.python.nodes.root.FunctionRootNode;
import dev.dunder.python.nodes.root.GeneratorFunctionRootNode;
import dev.dunder.python.nodes.root.GeneratorResumeRootNode;
import dev.dunder.python.nodes.root.ModuleRootNode;
import dev.dunder.python.nodes.vars.AttributeTarget;
import dev.dunder.python.nodes.vars.CellTarget;
import dev.dunder.python.nodes.vars.FrameLayout;
import dev.dunder.python.nodes.vars.GlobalTarget;
import dev.dunder.python.nodes.vars.LocalTarget;
import dev.dunder.python.nodes.vars.NameTarget;
import dev.dunder.python.nodes.vars.ReadCellNode;
import dev.dunder.python.nodes.vars.ReadGlobalNode;
import dev.dunder.python.nodes.vars.ReadLocalNode;
import dev.dunder.python.nodes.vars.ReadNameNode;
import dev.dunder.python.nodes.vars.SubscriptTarget;
import dev.dunder.python.nodes.vars.TargetNode;
import dev.dunder.python.nodes.vars.UnpackTarget;
import dev.dunder.python.parser.Scope.Symbol;
import dev.dunder.python.parser.ast.Arguments;
import dev.dunder.python.parser.ast.Expr;
import dev.dunder.python.parser.ast.Pos;
import dev.dunder.python.parser.ast.Stmt;
import dev.dunder.runtime.python.objects.PCode;
import dev.dunder.runtime.python.objects.Signature;
import dev.dunder.runtime.python.ops.PyBinary;
import dev.dunder.runtime.python.ops.PyCompare;

/**
 * Builds the Truffle tree from the AST, one code object (module, function, class
 * body, comprehension) at a time: allocates frame slots for the scope's locals,
 * cells and free variables, picks the variable node each name needs, and in
 * generator functions builds the resumable variants of statements that contain
 * a yield.
 */
final class NodeBuilder {
    private final PythonLanguage language;
    private final Source source;
    private final Map<Object, Scope> scopes;
    private Code code;

    /** The frame layout and build state of the code object being built. */
    private final class Code {
        final Scope scope;
        final FrameDescriptor.Builder descriptor = FrameDescriptor.newBuilder();
        final Map<String, Integer> slots = new HashMap<>();
        int temps;
        GeneratorSlots generator;
        /** Slots of saved values and yields of the yield-containing statement being built (null outside one). */
        List<Integer> saved;
        int loopDepth;
        /** Positional parameters of the function (zero-argument super() needs at least one). */
        int positionalParams;

        Code(Scope scope) {
            this.scope = scope;
            descriptor.addSlot(FrameSlotKind.Illegal, "<globals>", null);
            descriptor.addSlot(FrameSlotKind.Illegal, "<namespace>", null);
        }

        int slot(String name) {
            Integer s = slots.get(name);
            if (s == null) {
                s = descriptor.addSlot(FrameSlotKind.Illegal, name, null);
                slots.put(name, s);
            }
            return s;
        }

        int temp(String what) {
            return descriptor.addSlot(FrameSlotKind.Illegal, "<" + what + " " + (temps++) + ">", null);
        }
    }

    NodeBuilder(PythonLanguage language, Source source, Map<Object, Scope> scopes) {
        this.language = language;
        this.source = source;
        this.scopes = scopes;
    }

    private SourceSection section(Pos p) {
        return source.createSection(p.start(), Math.max(0, Math.min(p.length(), source.getLength() - p.start())));
    }

    private <T extends StatementNode> T at(T node, Pos p) {
        if (p != null && p.start() >= 0 && p.start() <= source.getLength()) {
            node.setSourceSection(p.start(), Math.max(0, Math.min(p.length(), source.getLength() - p.start())));
        }
        return node;
    }

    private <T extends StatementNode> T stmtAt(T node, Pos p) {
        at(node, p);
        node.markStatement();
        return node;
    }

    // ---- modules ------------------------------------------------------------------------------

    /** REPL input: each top-level expression statement's value is shown with sys.displayhook. */
    ModuleRootNode interactiveModule(Object key, List<Stmt> body) {
        code = new Code(scopes.get(key));
        StatementNode[] nodes = new StatementNode[body.size()];
        for (int i = 0; i < nodes.length; i++) {
            if (body.get(i) instanceof Stmt.ExprStmt e) {
                nodes[i] = stmtAt(new DisplayStatementNode(expr(e.value())), e.pos());
            } else {
                nodes[i] = stmt(body.get(i));
            }
        }
        StatementNode node = at(new BlockNode(nodes), new Pos(0, source.getLength(), 1, 0, 1, 0));
        return new ModuleRootNode(language, code.descriptor.build(), source.createSection(0, source.getLength()), node, null);
    }

    ModuleRootNode module(Object key, List<Stmt> body, Expr expression) {
        code = new Code(scopes.get(key));
        StatementNode node;
        ExpressionNode result = null;
        if (expression != null) {
            node = expr(expression);
        } else {
            List<Stmt> statements = body;
            if (!body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last) {
                statements = body.subList(0, body.size() - 1);
                result = expr(last.value());
                result.markStatement();
            }
            node = block(statements, new Pos(0, source.getLength(), 1, 0, 1, 0));
        }
        return new ModuleRootNode(language, code.descriptor.build(), source.createSection(0, source.getLength()), node, result);
    }

    // ---- statements ---------------------------------------------------------------------------

    private StatementNode block(List<Stmt> body, Pos p) {
        StatementNode[] nodes = new StatementNode[body.size()];
        boolean anyYield = false;
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = stmt(body.get(i));
            anyYield |= inGenerator() && Yields.in(body.get(i));
        }
        if (anyYield) {
            return at(new GenBlockNode(nodes, code.generator, code.temp("block")), p);
        }
        return at(new BlockNode(nodes), p);
    }

    private boolean inGenerator() {
        return code.generator != null;
    }

    private StatementNode stmt(Stmt s) {
        if (inGenerator() && Yields.in(s) && isSimple(s)) {
            List<Integer> outer = code.saved;
            code.saved = new ArrayList<>();
            StatementNode inner = simpleOrCompound(s);
            int[] slots = code.saved.stream().mapToInt(Integer::intValue).toArray();
            code.saved = outer;
            return stmtAt(new GenStatementNode(inner, slots), s.pos());
        }
        return simpleOrCompound(s);
    }

    private static boolean isSimple(Stmt s) {
        return !(s instanceof Stmt.If || s instanceof Stmt.While || s instanceof Stmt.For || s instanceof Stmt.Try || s instanceof Stmt.With
                        || s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef);
    }

    private StatementNode simpleOrCompound(Stmt s) {
        Pos p = s.pos();
        switch (s) {
            case Stmt.ExprStmt e -> {
                return stmtAt(new ExpressionStatementNode(expr(e.value())), p);
            }
            case Stmt.Assign a -> {
                ExpressionNode value = expr(a.value());
                TargetNode[] targets = new TargetNode[a.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(a.targets().get(i));
                }
                return stmtAt(new AssignNode(value, targets), p);
            }
            case Stmt.AnnAssign a -> {
                if (a.value() == null) {
                    if (a.target() instanceof Expr.Attribute at) {
                        return stmtAt(new ExpressionStatementNode(expr(at.value())), p);
                    }
                    if (a.target() instanceof Expr.Subscript sub) {
                        return stmtAt(new ExpressionStatementNode(expr(sub.value())), p);
                    }
                    return stmtAt(new BlockNode(new StatementNode[0]), p);
                }
                return stmtAt(new AssignNode(expr(a.value()), new TargetNode[]{target(a.target())}), p);
            }
            case Stmt.AugAssign a -> {
                return stmtAt(augAssign(a), p);
            }
            case Stmt.Delete d -> {
                TargetNode[] targets = new TargetNode[d.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(d.targets().get(i));
                }
                return stmtAt(new DeleteNode(targets), p);
            }
            case Stmt.Pass ps -> {
                return stmtAt(new BlockNode(new StatementNode[0]), p);
            }
            case Stmt.Break b -> {
                if (code.loopDepth == 0) {
                    throw AstBuilder.error("'break' outside loop", p);
                }
                return stmtAt(new BreakNode(), p);
            }
            case Stmt.Continue c -> {
                if (code.loopDepth == 0) {
                    throw AstBuilder.error("'continue' not properly in loop", p);
                }
                return stmtAt(new ContinueNode(), p);
            }
            case Stmt.Return r -> {
                return stmtAt(new ReturnNode(r.value() == null ? null : expr(r.value())), p);
            }
            case Stmt.Raise r -> {
                return stmtAt(new RaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause())), p);
            }
            case Stmt.Assert a -> {
                ExpressionNode test = expr(a.test());
                return stmtAt(new AssertNode(new ConditionNode(test), test, a.msg() == null ? null : expr(a.msg())), p);
            }
            case Stmt.Global g -> {
                return stmtAt(new BlockNode(new StatementNode[0]), p);
            }
            case Stmt.Nonlocal n -> {
                return stmtAt(new BlockNode(new StatementNode[0]), p);
            }
            case Stmt.Import i -> {
                return stmtAt(importStmt(i), p);
            }
            case Stmt.ImportFrom i -> {
                return stmtAt(importFrom(i), p);
            }
            case Stmt.If i -> {
                return stmtAt(ifStmt(i), p);
            }
            case Stmt.While w -> {
                return stmtAt(whileStmt(w), p);
            }
            case Stmt.For f -> {
                return stmtAt(forStmt(f), p);
            }
            case Stmt.Try t -> {
                return stmtAt(tryStmt(t), p);
            }
            case Stmt.With w -> {
                return stmtAt(withStmt(w, 0), p);
            }
            case Stmt.FunctionDef f -> {
                ExpressionNode fn = at(functionDef(f), p);
                fn = decorate(fn, f.decorators());
                return stmtAt(new AssignNode(fn, new TargetNode[]{nameTarget(f.name())}), p);
            }
            case Stmt.ClassDef c -> {
                ExpressionNode cls = at(classDef(c), p);
                cls = decorate(cls, c.decorators());
                return stmtAt(new AssignNode(cls, new TargetNode[]{nameTarget(c.name())}), p);
            }
        }
    }

    private ExpressionNode decorate(ExpressionNode value, List<Expr> decorators) {
        ExpressionNode result = value;
        for (int i = decorators.size() - 1; i >= 0; i--) {
            Expr d = decorators.get(i);
            ArgumentsNode args = new ArgumentsNode(new ExpressionNode[]{result}, new ArgumentsNode.Kind[]{ArgumentsNode.Kind.POSITIONAL}, new String[1], "decorator");
            result = at(new CallNode(expr(d), args), d.pos());
        }
        return result;
    }

    private StatementNode augAssign(Stmt.AugAssign a) {
        PyBinary.Op op = binaryOp(a.op());
        ExpressionNode value = expr(a.value());
        switch (a.target()) {
            case Expr.Name n -> {
                return new AugAssignNode.ToName(op, readName(n.id(), n.pos()), value, nameTarget(n.id()));
            }
            case Expr.Attribute at -> {
                return new AugAssignNode.ToAttribute(op, expr(at.value()), at.attr(), value);
            }
            case Expr.Subscript sub -> {
                return new AugAssignNode.ToSubscript(op, expr(sub.value()), expr(sub.slice()), value);
            }
            default -> throw AstBuilder.error("illegal expression for augmented assignment", a.pos());
        }
    }

    private StatementNode importStmt(Stmt.Import i) {
        List<StatementNode> parts = new ArrayList<>();
        for (Stmt.Alias a : i.names()) {
            boolean top = a.asName() == null;
            String bindName = top ? a.name().split("\\.")[0] : a.asName();
            ExpressionNode load = at(new ImportNode(a.name(), top), i.pos());
            parts.add(at(new AssignNode(load, new TargetNode[]{nameTarget(bindName)}), i.pos()));
        }
        return parts.size() == 1 ? parts.get(0) : new BlockNode(parts.toArray(new StatementNode[0]));
    }

    private StatementNode importFrom(Stmt.ImportFrom i) {
        if (i.names() == null) {
            return new ImportFromNode(i.module(), null, new TargetNode[0]);
        }
        String[] names = new String[i.names().size()];
        TargetNode[] targets = new TargetNode[names.length];
        for (int k = 0; k < names.length; k++) {
            Stmt.Alias a = i.names().get(k);
            names[k] = a.name();
            targets[k] = nameTarget(a.asName() != null ? a.asName() : a.name());
        }
        return new ImportFromNode(i.module(), names, targets);
    }

    private ConditionNode condition(Expr test) {
        if (inGenerator() && Yields.in(test)) {
            return new ConditionNode(genExpression(test));
        }
        return new ConditionNode(expr(test));
    }

    /** An expression with a yield inside, in a compound statement's header: its saved state is cleared once it completes. */
    private ExpressionNode genExpression(Expr e) {
        List<Integer> outer = code.saved;
        code.saved = new ArrayList<>();
        ExpressionNode inner = expr(e);
        int[] slots = code.saved.stream().mapToInt(Integer::intValue).toArray();
        code.saved = outer;
        return at(new GenExpressionNode(inner, slots), e.pos());
    }

    private ExpressionNode headerExpr(Expr e) {
        return inGenerator() && Yields.in(e) ? genExpression(e) : expr(e);
    }

    private StatementNode ifStmt(Stmt.If i) {
        ConditionNode cond = condition(i.test());
        StatementNode then = block(i.body(), i.pos());
        StatementNode otherwise = i.orelse().isEmpty() ? null : block(i.orelse(), i.pos());
        if (inGenerator() && Yields.in(i)) {
            return new GenIfNode(cond, then, otherwise, code.generator, code.temp("if"));
        }
        return new IfNode(cond, then, otherwise);
    }

    private StatementNode whileStmt(Stmt.While w) {
        ConditionNode cond = condition(w.test());
        code.loopDepth++;
        StatementNode body = block(w.body(), w.pos());
        code.loopDepth--;
        StatementNode orelse = w.orelse().isEmpty() ? null : block(w.orelse(), w.pos());
        if (inGenerator() && Yields.in(w)) {
            return new GenWhileNode(cond, body, orelse, code.generator, code.temp("while"));
        }
        return new WhileNode(cond, body, orelse);
    }

    private StatementNode forStmt(Stmt.For f) {
        ExpressionNode iterable = headerExpr(f.iter());
        TargetNode target = target(f.target());
        code.loopDepth++;
        StatementNode body = block(f.body(), f.pos());
        code.loopDepth--;
        StatementNode orelse = f.orelse().isEmpty() ? null : block(f.orelse(), f.pos());
        int iteratorSlot = code.temp("iterator");
        if (inGenerator() && Yields.in(f)) {
            return new GenForNode(iterable, target, body, orelse, code.generator, iteratorSlot, code.temp("for"));
        }
        return new ForNode(iterable, target, body, orelse, iteratorSlot);
    }

    private StatementNode tryStmt(Stmt.Try t) {
        StatementNode body = block(t.body(), t.pos());
        ExceptHandler[] handlers = new ExceptHandler[t.handlers().size()];
        for (int i = 0; i < handlers.length; i++) {
            Stmt.Handler h = t.handlers().get(i);
            handlers[i] = new ExceptHandler(h.type() == null ? null : expr(h.type()), h.name() == null ? null : nameTarget(h.name()), block(h.body(), h.pos()));
        }
        StatementNode orelse = t.orelse().isEmpty() ? null : block(t.orelse(), t.pos());
        StatementNode finalBody = t.finalbody().isEmpty() ? null : block(t.finalbody(), t.pos());
        if (inGenerator() && Yields.in(t)) {
            return new GenTryNode(body, handlers, orelse, finalBody, code.generator, code.temp("try"), code.temp("pending"));
        }
        StatementNode result = body;
        if (handlers.length > 0) {
            result = at(new TryExceptNode(body, handlers, orelse), t.pos());
        } else if (orelse != null) {
            result = new BlockNode(new StatementNode[]{body, orelse});
        }
        if (finalBody != null) {
            result = at(new TryFinallyNode(result, finalBody), t.pos());
        }
        return result;
    }

    private StatementNode withStmt(Stmt.With w, int index) {
        Stmt.WithItem item = w.items().get(index);
        ExpressionNode manager = headerExpr(item.context());
        TargetNode target = item.target() == null ? null : target(item.target());
        StatementNode body = index == w.items().size() - 1 ? block(w.body(), w.pos()) : at(withStmt(w, index + 1), w.pos());
        if (inGenerator() && Yields.in(w)) {
            return at(new GenWithNode(manager, target, body, code.generator, code.temp("manager"), code.temp("exit")), w.pos());
        }
        return at(new WithNode(manager, target, body), w.pos());
    }

    // ---- names --------------------------------------------------------------------------------

    private ExpressionNode readName(String name, Pos p) {
        Symbol sym = code.scope.symbol(name);
        ExpressionNode node = switch (sym) {
            case LOCAL -> new ReadLocalNode(code.slot(name), name);
            case CELL -> new ReadCellNode(code.slot(name), name, false);
            case FREE -> new ReadCellNode(code.slot(name), name, true);
            case GLOBAL -> ReadGlobalNode.create(name);
            case NAME -> new ReadNameNode(name, -1);
            case CLASS_FREE -> new ReadNameNode(name, code.slot(name));
        };
        return at(node, p);
    }

    private TargetNode nameTarget(String name) {
        Symbol sym = code.scope.symbol(name);
        return switch (sym) {
            case LOCAL -> new LocalTarget(code.slot(name), name);
            case CELL, FREE -> new CellTarget(code.slot(name), name);
            case GLOBAL -> GlobalTarget.create(name);
            case NAME, CLASS_FREE -> new NameTarget(name);
        };
    }

    private TargetNode target(Expr t) {
        TargetNode node = buildTarget(t);
        node.setSourceRange(t.pos().start(), t.pos().length());
        return node;
    }

    private TargetNode buildTarget(Expr t) {
        switch (t) {
            case Expr.Name n -> {
                return nameTarget(n.id());
            }
            case Expr.Attribute a -> {
                return new AttributeTarget(expr(a.value()), a.attr());
            }
            case Expr.Subscript s -> {
                return new SubscriptTarget(expr(s.value()), expr(s.slice()));
            }
            case Expr.TupleExpr tu -> {
                return unpack(tu.elts());
            }
            case Expr.ListExpr l -> {
                return unpack(l.elts());
            }
            case Expr.Starred s -> throw AstBuilder.error("starred assignment target must be in a list or tuple", s.pos());
            default -> {
                AstBuilder.checkTarget(t, "assign");
                throw AstBuilder.error("invalid target", t.pos());
            }
        }
    }

    private TargetNode unpack(List<Expr> elts) {
        TargetNode[] targets = new TargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred s) {
                star = i;
                targets[i] = target(s.value());
            } else {
                targets[i] = target(e);
            }
        }
        return new UnpackTarget(targets, star);
    }

    // ---- expressions --------------------------------------------------------------------------

    /** Builds an expression; inside a yield-containing statement of a generator, yield-free parts are evaluated once. */
    ExpressionNode expr(Expr e) {
        if (code.saved != null && !Yields.in(e) && !(e instanceof Expr.Constant)) {
            List<Integer> saved = code.saved;
            code.saved = null;
            ExpressionNode inner = plainExpr(e);
            code.saved = saved;
            int slot = code.temp("saved");
            saved.add(slot);
            return at(new SavedValueNode(inner, slot), e.pos());
        }
        return plainExpr(e);
    }

    private ExpressionNode plainExpr(Expr e) {
        Pos p = e.pos();
        switch (e) {
            case Expr.Constant c -> {
                if (c.value() instanceof AstBuilder.UnsupportedFeature u) {
                    return at(new dev.dunder.python.nodes.literal.UnsupportedNode(u.message()), p);
                }
                return at(new ConstantNode(c.value()), p);
            }
            case Expr.Name n -> {
                return readName(n.id(), p);
            }
            case Expr.BinOp b -> {
                return at(binary(b.op(), expr(b.left()), expr(b.right())), p);
            }
            case Expr.UnaryOp u -> {
                ExpressionNode operand = expr(u.operand());
                return at(switch (u.op()) {
                    case "not" -> new NotNode(operand);
                    case "-" -> NegNode.create(NegNode.Kind.NEG, operand);
                    case "+" -> NegNode.create(NegNode.Kind.POS, operand);
                    default -> NegNode.create(NegNode.Kind.INVERT, operand);
                }, p);
            }
            case Expr.BoolOp b -> {
                ExpressionNode result = expr(b.values().get(b.values().size() - 1));
                for (int i = b.values().size() - 2; i >= 0; i--) {
                    result = at(new AndOrNode(expr(b.values().get(i)), result, b.isAnd()), p);
                }
                return result;
            }
            case Expr.Compare c -> {
                return at(compare(c), p);
            }
            case Expr.Call c -> {
                return at(call(c), p);
            }
            case Expr.Attribute a -> {
                return at(GetAttributeNode.create(expr(a.value()), a.attr()), p);
            }
            case Expr.Subscript s -> {
                return at(GetItemNodeGen.create(expr(s.value()), expr(s.slice())), p);
            }
            case Expr.Slice s -> {
                return at(new SliceNode(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                                s.step() == null ? null : expr(s.step())), p);
            }
            case Expr.Starred s -> throw AstBuilder.error("can't use starred expression here", p);
            case Expr.ListExpr l -> {
                return at(display(DisplayNode.Kind.LIST, l.elts()), p);
            }
            case Expr.TupleExpr t -> {
                return at(display(DisplayNode.Kind.TUPLE, t.elts()), p);
            }
            case Expr.SetExpr s -> {
                return at(display(DisplayNode.Kind.SET, s.elts()), p);
            }
            case Expr.DictExpr d -> {
                ExpressionNode[] keys = new ExpressionNode[d.keys().size()];
                ExpressionNode[] values = new ExpressionNode[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                    values[i] = expr(d.values().get(i));
                }
                return at(new DictDisplayNode(keys, values), p);
            }
            case Expr.JoinedStr j -> {
                ExpressionNode[] parts = new ExpressionNode[j.parts().size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = expr(j.parts().get(i));
                }
                return at(new JoinedStrNode(parts), p);
            }
            case Expr.FormattedValue f -> {
                return at(new FormattedValueNode(expr(f.value()), f.conversion(), f.spec() == null ? null : expr(f.spec())), p);
            }
            case Expr.IfExp i -> {
                return at(new ConditionalExpressionNode(new ConditionNode(expr(i.test())), expr(i.body()), expr(i.orelse())), p);
            }
            case Expr.NamedExpr n -> {
                return at(new dev.dunder.python.nodes.vars.AssignExpressionNode(expr(n.value()), nameTarget(n.target().id())), p);
            }
            case Expr.Lambda l -> {
                return at(function("<lambda>", l.args(), List.of(new Stmt.Return(l.body().pos(), l.body())), scopes.get(l), l.pos(), null), p);
            }
            case Expr.Comp c -> {
                return at(comprehension(c, c.generators(), c.kind(), c.elt(), null), p);
            }
            case Expr.DictComp d -> {
                return at(comprehension(d, d.generators(), "dict", d.value(), d.key()), p);
            }
            case Expr.Yield y -> {
                int slot = code.temp("yield");
                if (code.saved != null) {
                    code.saved.add(slot);
                }
                return at(new YieldNode(y.value() == null ? null : expr(y.value()), code.generator, slot), p);
            }
            case Expr.YieldFrom y -> {
                int slot = code.temp("yieldfrom");
                if (code.saved != null) {
                    code.saved.add(slot);
                }
                return at(new YieldFromNode(expr(y.value()), code.generator, slot, code.temp("delegate")), p);
            }
        }
    }

    private ExpressionNode display(DisplayNode.Kind kind, List<Expr> elts) {
        ExpressionNode[] items = new ExpressionNode[elts.size()];
        boolean[] starred = new boolean[items.length];
        for (int i = 0; i < items.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Expr.Starred s) {
                starred[i] = true;
                items[i] = expr(s.value());
            } else {
                items[i] = expr(el);
            }
        }
        return new DisplayNode(kind, items, starred);
    }

    static PyBinary.Op binaryOp(String op) {
        return switch (op) {
            case "+" -> PyBinary.Op.ADD;
            case "-" -> PyBinary.Op.SUB;
            case "*" -> PyBinary.Op.MUL;
            case "@" -> PyBinary.Op.MATMUL;
            case "/" -> PyBinary.Op.TRUEDIV;
            case "//" -> PyBinary.Op.FLOORDIV;
            case "%" -> PyBinary.Op.MOD;
            case "**" -> PyBinary.Op.POW;
            case "<<" -> PyBinary.Op.LSHIFT;
            case ">>" -> PyBinary.Op.RSHIFT;
            case "&" -> PyBinary.Op.AND;
            case "|" -> PyBinary.Op.OR;
            case "^" -> PyBinary.Op.XOR;
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static ExpressionNode binary(String op, ExpressionNode l, ExpressionNode r) {
        return switch (op) {
            case "+" -> AddNodeGen.create(l, r);
            case "-" -> SubNodeGen.create(l, r);
            case "*" -> MulNodeGen.create(l, r);
            case "@" -> MatMulNodeGen.create(l, r);
            case "/" -> TrueDivNodeGen.create(l, r);
            case "//" -> FloorDivNodeGen.create(l, r);
            case "%" -> ModNodeGen.create(l, r);
            case "**" -> PowNodeGen.create(l, r);
            case "<<" -> LShiftNodeGen.create(l, r);
            case ">>" -> RShiftNodeGen.create(l, r);
            case "&" -> BitAndNodeGen.create(l, r);
            case "|" -> BitOrNodeGen.create(l, r);
            default -> BitXorNodeGen.create(l, r);
        };
    }

    private static PyCompare.Op richOp(String op) {
        return switch (op) {
            case "<" -> PyCompare.Op.LT;
            case "<=" -> PyCompare.Op.LE;
            case "==" -> PyCompare.Op.EQ;
            case "!=" -> PyCompare.Op.NE;
            case ">" -> PyCompare.Op.GT;
            case ">=" -> PyCompare.Op.GE;
            default -> null;
        };
    }

    private ExpressionNode compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            ExpressionNode l = expr(c.left());
            ExpressionNode r = expr(c.comparators().get(0));
            String op = c.ops().get(0);
            PyCompare.Op rich = richOp(op);
            if (rich != null) {
                return CompareNode.create(rich, l, r);
            }
            return switch (op) {
                case "is" -> new IdentityNode(l, r, false);
                case "is not" -> new IdentityNode(l, r, true);
                case "in" -> new ContainsNode(l, r, false);
                default -> new ContainsNode(l, r, true);
            };
        }
        ExpressionNode[] operands = new ExpressionNode[c.ops().size() + 1];
        operands[0] = expr(c.left());
        ChainedCompareNode.Comparison[] links = new ChainedCompareNode.Comparison[c.ops().size()];
        for (int i = 0; i < links.length; i++) {
            operands[i + 1] = expr(c.comparators().get(i));
            String op = c.ops().get(i);
            PyCompare.Op rich = richOp(op);
            if (rich != null) {
                links[i] = new ChainedCompareNode.RichLink(rich);
            } else if (op.startsWith("is")) {
                links[i] = new ChainedCompareNode.IdentityLink(op.equals("is not"));
            } else {
                links[i] = new ChainedCompareNode.ContainsLink(op.equals("not in"));
            }
        }
        return new ChainedCompareNode(operands, links);
    }

    private ExpressionNode call(Expr.Call c) {
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() && code.scope.isFunctionLike()) {
            int classSlot = code.scope.symbols.get("__class__") == Symbol.FREE ? code.slot("__class__") : -1;
            ExpressionNode first = null;
            if (!code.scope.params.isEmpty() && !code.scope.params.get(0).equals(".0") && firstParamIsPositional()) {
                first = readName(code.scope.params.get(0), c.pos());
            }
            return new SuperCallNode(readName("super", n.pos()), classSlot, first);
        }
        ExpressionNode func = expr(c.func());
        return new CallNode(func, arguments(c.args(), c.keywords(), describe(c.func())));
    }

    private boolean firstParamIsPositional() {
        return code.positionalParams > 0;
    }

    private static String describe(Expr f) {
        if (f instanceof Expr.Name n) {
            return n.id();
        }
        if (f instanceof Expr.Attribute a) {
            return a.attr();
        }
        return "function";
    }

    private ArgumentsNode arguments(List<Expr> args, List<Expr.Keyword> keywords, String description) {
        int n = args.size() + keywords.size();
        ExpressionNode[] values = new ExpressionNode[n];
        ArgumentsNode.Kind[] kinds = new ArgumentsNode.Kind[n];
        String[] names = new String[n];
        int i = 0;
        for (Expr a : args) {
            if (a instanceof Expr.Starred s) {
                kinds[i] = ArgumentsNode.Kind.STAR;
                values[i] = expr(s.value());
            } else {
                kinds[i] = ArgumentsNode.Kind.POSITIONAL;
                values[i] = expr(a);
            }
            i++;
        }
        for (Expr.Keyword k : keywords) {
            kinds[i] = k.name() == null ? ArgumentsNode.Kind.DOUBLE_STAR : ArgumentsNode.Kind.KEYWORD;
            names[i] = k.name();
            values[i] = expr(k.value());
            i++;
        }
        return new ArgumentsNode(values, kinds, names, description);
    }

    // ---- code objects -------------------------------------------------------------------------

    private ExpressionNode functionDef(Stmt.FunctionDef f) {
        String doc = docstring(f.body());
        MakeFunctionNode make = function(f.name(), f.args(), f.body(), scopes.get(f), f.pos(), doc);
        if (f.annotations().isEmpty()) {
            return make;
        }
        String[] names = new String[f.annotations().size()];
        ExpressionNode[] values = new ExpressionNode[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = f.annotations().get(i).name();
            values[i] = expr(f.annotations().get(i).value());
        }
        return new dev.dunder.python.nodes.func.AnnotateNode(make, names, values);
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** A def or lambda: the code object is built now; the returned node makes the function object at run time. */
    private MakeFunctionNode function(String name, Arguments args, List<Stmt> body, Scope scope, Pos p, String doc) {
        ExpressionNode[] defaults = new ExpressionNode[args.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = expr(args.defaults().get(i));
        }
        List<String> kwNames = new ArrayList<>();
        List<ExpressionNode> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwOnly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                kwNames.add(args.kwOnly().get(i).name());
                kwValues.add(expr(d));
            }
        }
        Code outer = code;
        code = new Code(scope);
        List<String> layout = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (Arguments.Arg a : args.posOnly()) {
            positional.add(a.name());
        }
        for (Arguments.Arg a : args.args()) {
            positional.add(a.name());
        }
        layout.addAll(positional);
        List<String> kwOnly = new ArrayList<>();
        for (Arguments.Arg a : args.kwOnly()) {
            kwOnly.add(a.name());
        }
        layout.addAll(kwOnly);
        if (args.varArg() != null) {
            layout.add(args.varArg().name());
        }
        if (args.kwArg() != null) {
            layout.add(args.kwArg().name());
        }
        code.positionalParams = positional.size();
        Signature signature = new Signature(positional.toArray(new String[0]), args.posOnly().size(), kwOnly.toArray(new String[0]),
                        args.varArg() == null ? null : args.varArg().name(), args.kwArg() == null ? null : args.kwArg().name());
        FrameSetup setup = frameSetup(scope, layout);
        SourceSection section = section(p);
        String qualname = scope.qualname;
        PCode pcode = new PCode(name, source.getName(), p.line(), signature, scope.generator);
        if (scope.generator) {
            code.generator = new GeneratorSlots(code.temp("resuming"), code.temp("sent"), code.temp("thrown"));
            StatementNode bodyNode = block(body, p);
            GeneratorResumeRootNode resume = new GeneratorResumeRootNode(language, name, qualname, section, bodyNode, code.generator);
            FrameDescriptor fd = code.descriptor.build();
            GeneratorFunctionRootNode root = new GeneratorFunctionRootNode(language, fd, name, qualname, section, setup, resume.getCallTarget());
            pcode.setCallTarget(root.getCallTarget());
        } else {
            StatementNode bodyNode = block(body, p);
            FunctionRootNode root = new FunctionRootNode(language, code.descriptor.build(), name, qualname, section, setup, bodyNode, false);
            pcode.setCallTarget(root.getCallTarget());
        }
        code = outer;
        return new MakeFunctionNode(pcode, qualname, doc, defaults, kwNames.toArray(new String[0]), kwValues.toArray(new ExpressionNode[0]), closureSlots(scope));
    }

    /** Slots in the current (enclosing) frame of the cells a new function closes over, in its free-variable order. */
    private int[] closureSlots(Scope inner) {
        int[] slots = new int[inner.freeVars.size()];
        int i = 0;
        for (String n : inner.freeVars) {
            slots[i++] = code.slot(n);
        }
        return slots;
    }

    /** Allocates parameter, cell and free slots (parameters first, in signature order). */
    private FrameSetup frameSetup(Scope scope, List<String> layout) {
        int[] paramSlots = new int[layout.size()];
        boolean[] paramIsCell = new boolean[layout.size()];
        for (int i = 0; i < paramSlots.length; i++) {
            String n = layout.get(i);
            paramSlots[i] = code.slot(n);
            paramIsCell[i] = scope.symbol(n) == Symbol.CELL || scope.cellVars.contains(n);
        }
        List<Integer> cells = new ArrayList<>();
        for (String n : scope.cellVars) {
            cells.add(code.slot(n));
        }
        int[] freeSlots = new int[scope.freeVars.size()];
        int i = 0;
        for (String n : scope.freeVars) {
            freeSlots[i++] = code.slot(n);
        }
        return new FrameSetup(paramSlots, paramIsCell, cells.stream().mapToInt(Integer::intValue).toArray(), freeSlots);
    }

    private ExpressionNode classDef(Stmt.ClassDef c) {
        Scope scope = scopes.get(c);
        ArgumentsNode bases = arguments(c.bases(), c.keywords(), c.name());
        Code outer = code;
        code = new Code(scope);
        FrameSetup setup = frameSetup(scope, List.of());
        List<Stmt> body = new ArrayList<>(c.body());
        String doc = docstring(body);
        List<StatementNode> nodes = new ArrayList<>();
        // what CPython's class body starts with (visible to a __prepare__ mapping)
        nodes.add(new AssignNode(new ReadNameNode("__name__", -1), new TargetNode[]{new NameTarget("__module__")}));
        nodes.add(new AssignNode(new ConstantNode(scope.qualname), new TargetNode[]{new NameTarget("__qualname__")}));
        if (doc != null) {
            nodes.add(new AssignNode(new ConstantNode(doc), new TargetNode[]{new NameTarget("__doc__")}));
        }
        nodes.add(block(body, c.pos()));
        StatementNode bodyNode = new BlockNode(nodes.toArray(new StatementNode[0]));
        int classCell = scope.cellVars.contains("__class__") ? code.slot("__class__") : -1;
        SourceSection section = section(c.pos());
        ClassBodyRootNode root = new ClassBodyRootNode(language, code.descriptor.build(), c.name(), scope.qualname, section, setup, bodyNode, classCell);
        PCode pcode = new PCode(c.name(), source.getName(), c.pos().line(), Signature.of(), false);
        pcode.setCallTarget(root.getCallTarget());
        code = outer;
        MakeFunctionNode bodyFunction = new MakeFunctionNode(pcode, scope.qualname, null, new ExpressionNode[0], new String[0], new ExpressionNode[0], closureSlots(scope));
        return new ClassDefNode(c.name(), scope.qualname, bases, bodyFunction);
    }

    /**
     * A comprehension: a function of one argument (the iterator of the first {@code for})
     * that builds the result in a local slot, or a generator function for a generator expression.
     */
    private ExpressionNode comprehension(Object key, List<Expr.Comprehension> gens, String kind, Expr value, Expr dictKey) {
        Scope scope = scopes.get(key);
        ExpressionNode firstIterable = expr(gens.get(0).iter());
        Code outer = code;
        code = new Code(scope);
        code.positionalParams = 1;
        FrameSetup setup = frameSetup(scope, List.of(".0"));
        Pos p = ((key instanceof Expr e) ? e.pos() : gens.get(0).pos());
        String name = scope.name;
        PCode pcode = new PCode(name, source.getName(), p.line(), Signature.of(".0"), scope.generator);
        SourceSection section = section(p);
        if (kind.equals("gen")) {
            code.generator = new GeneratorSlots(code.temp("resuming"), code.temp("sent"), code.temp("thrown"));
            Stmt innermost = new Stmt.ExprStmt(value.pos(), new Expr.Yield(value.pos(), value));
            StatementNode bodyNode = loops(gens, 0, innermost, null, p);
            GeneratorResumeRootNode resume = new GeneratorResumeRootNode(language, name, scope.qualname, section, bodyNode, code.generator);
            GeneratorFunctionRootNode root = new GeneratorFunctionRootNode(language, code.descriptor.build(), name, scope.qualname, section, setup, resume.getCallTarget());
            pcode.setCallTarget(root.getCallTarget());
        } else {
            int result = code.temp("result");
            StatementNode collect = new CollectNode(result, dictKey == null ? null : expr(dictKey), expr(value));
            at(collect, value.pos());
            StatementNode loops = loops(gens, 0, null, collect, p);
            DisplayNode.Kind k = kind.equals("set") ? DisplayNode.Kind.SET : DisplayNode.Kind.LIST;
            StatementNode bodyNode = new BlockNode(new StatementNode[]{new NewCollectionNode(result, k, kind.equals("dict")), loops,
                new ReturnNode(new ReadLocalNode(result, "<result>"))});
            FunctionRootNode root = new FunctionRootNode(language, code.descriptor.build(), name, scope.qualname, section, setup, bodyNode, false);
            pcode.setCallTarget(root.getCallTarget());
        }
        code = outer;
        MakeFunctionNode make = new MakeFunctionNode(pcode, scope.qualname, null, new ExpressionNode[0], new String[0], new ExpressionNode[0], closureSlots(scope));
        return new ComprehensionNode(make, firstIterable);
    }

    /** The nested for/if structure of a comprehension; the first loop iterates the argument {@code .0}. */
    private StatementNode loops(List<Expr.Comprehension> gens, int index, Stmt innermostStmt, StatementNode innermostNode, Pos p) {
        if (index == gens.size()) {
            return innermostNode != null ? innermostNode : stmt(innermostStmt);
        }
        Expr.Comprehension g = gens.get(index);
        Stmt.For asStatement = new Stmt.For(g.pos(), g.target(), index == 0 ? new Expr.Name(g.iter().pos(), ".0") : g.iter(), List.of(), List.of());
        if (innermostStmt != null) {
            // generator expression: build through the statement path so resumable nodes are used
            List<Stmt> body = List.of(nestIfs(gens, index, innermostStmt));
            Stmt.For f = new Stmt.For(asStatement.pos(), asStatement.target(), asStatement.iter(), body, List.of());
            return stmt(f);
        }
        StatementNode inner = loops(gens, index + 1, null, innermostNode, p);
        for (int i = g.ifs().size() - 1; i >= 0; i--) {
            inner = at(new IfNode(new ConditionNode(expr(g.ifs().get(i))), inner, null), g.ifs().get(i).pos());
        }
        ExpressionNode iterable = index == 0 ? readName(".0", g.iter().pos()) : expr(g.iter());
        code.loopDepth++;
        code.loopDepth--;
        return at(new ForNode(iterable, target(g.target()), inner, null, code.temp("iterator")), g.pos());
    }

    /** For generator expressions: the ifs and inner loops of generator {@code index} as AST statements. */
    private static Stmt nestIfs(List<Expr.Comprehension> gens, int index, Stmt innermost) {
        Stmt inner;
        if (index + 1 < gens.size()) {
            Expr.Comprehension next = gens.get(index + 1);
            inner = new Stmt.For(next.pos(), next.target(), next.iter(), List.of(nestIfs(gens, index + 1, innermost)), List.of());
        } else {
            inner = innermost;
        }
        List<Expr> ifs = gens.get(index).ifs();
        for (int i = ifs.size() - 1; i >= 0; i--) {
            inner = new Stmt.If(ifs.get(i).pos(), ifs.get(i), List.of(inner), List.of());
        }
        return inner;
    }
}
