package dev.dunder.lua.parser;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.arith.ArithNodeGen;
import dev.dunder.lua.nodes.arith.BitwiseNotNodeGen;
import dev.dunder.lua.nodes.arith.CompareNodeGen;
import dev.dunder.lua.nodes.arith.ConcatNodeGen;
import dev.dunder.lua.nodes.arith.EqualNodeGen;
import dev.dunder.lua.nodes.arith.LengthNodeGen;
import dev.dunder.lua.nodes.arith.UnaryMinusNodeGen;
import dev.dunder.lua.nodes.call.CallNode;
import dev.dunder.lua.nodes.call.MethodCallNode;
import dev.dunder.lua.nodes.control.AssignNode;
import dev.dunder.lua.nodes.control.BlockNode;
import dev.dunder.lua.nodes.control.BreakNode;
import dev.dunder.lua.nodes.control.CloseScopeNode;
import dev.dunder.lua.nodes.control.EmptyStatementNode;
import dev.dunder.lua.nodes.control.ExplistNode;
import dev.dunder.lua.nodes.control.ExpressionStatementNode;
import dev.dunder.lua.nodes.control.GenericForNode;
import dev.dunder.lua.nodes.control.GotoNode;
import dev.dunder.lua.nodes.control.IfNode;
import dev.dunder.lua.nodes.control.LabeledBlockNode;
import dev.dunder.lua.nodes.control.LocalAssignNode;
import dev.dunder.lua.nodes.control.LocalFunctionNode;
import dev.dunder.lua.nodes.control.NumericForNode;
import dev.dunder.lua.nodes.control.ReturnNode;
import dev.dunder.lua.nodes.control.WhileNode;
import dev.dunder.lua.nodes.expression.AndNode;
import dev.dunder.lua.nodes.expression.ConstantNode;
import dev.dunder.lua.nodes.expression.FunctionNode;
import dev.dunder.lua.nodes.expression.NotNode;
import dev.dunder.lua.nodes.expression.OrNode;
import dev.dunder.lua.nodes.expression.VarargNode;
import dev.dunder.lua.nodes.local.CellTarget;
import dev.dunder.lua.nodes.local.DeclareLocalNode;
import dev.dunder.lua.nodes.local.LocalTarget;
import dev.dunder.lua.nodes.local.LuaTargetNode;
import dev.dunder.lua.nodes.local.ReadCellNode;
import dev.dunder.lua.nodes.local.ReadLocalNode;
import dev.dunder.lua.nodes.local.ReadUpvalueNode;
import dev.dunder.lua.nodes.local.UpvalueTarget;
import dev.dunder.lua.nodes.root.LuaFunctionRootNode;
import dev.dunder.lua.nodes.table.GetFieldNode;
import dev.dunder.lua.nodes.table.GetIndexNode;
import dev.dunder.lua.nodes.table.SetFieldNode;
import dev.dunder.lua.nodes.table.SetIndexNode;
import dev.dunder.lua.nodes.table.TableConstructorNode;
import dev.dunder.lua.parser.ast.Block;
import dev.dunder.lua.parser.ast.Expr;
import dev.dunder.lua.parser.ast.FunctionBody;
import dev.dunder.lua.parser.ast.LocalVar;
import dev.dunder.lua.parser.ast.Stmt;
import dev.dunder.runtime.lua.model.LuaOp;

/**
 * Resolved syntax tree to Truffle nodes, one root node per function. Operators learn
 * here how Lua names their operands in error messages ({@link #describe}).
 */
public final class NodeBuilder {
    private final TruffleLanguage<?> language;
    private final Source source;
    private final String chunkId;

    /** The function being built: its vararg slot, its next free hidden slot, and whether a close scope is open. */
    private FunctionBody function;
    private int nextSlot;
    private int closeDepth;

    public NodeBuilder(TruffleLanguage<?> language, Source source, String chunkId) {
        this.language = language;
        this.source = source;
        this.chunkId = chunkId;
    }

    public LuaFunctionRootNode buildChunk(FunctionBody main) {
        return buildFunction(main, true);
    }

    private LuaFunctionRootNode buildFunction(FunctionBody fb, boolean main) {
        FunctionBody outerFunction = function;
        int outerSlot = nextSlot;
        int outerClose = closeDepth;
        function = fb;
        nextSlot = fb.slotCount();
        closeDepth = 0;
        List<Stmt> stmts = fb.body().statements();
        ReturnNode finalReturn = null;
        StatementNode body;
        if (!fb.body().hasLabels() && !stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.Return r && !hasClose(stmts)) {
            finalReturn = returnNode(r);
            body = stmts.size() == 1 ? null : block(new Block(stmts.subList(0, stmts.size() - 1), false));
        } else {
            body = block(fb.body());
        }
        int n = fb.params().size();
        int[] slots = new int[n];
        boolean[] captured = new boolean[n];
        for (int i = 0; i < n; i++) {
            slots[i] = fb.params().get(i).slot();
            captured[i] = fb.params().get(i).isCaptured();
        }
        FrameDescriptor.Builder fd = FrameDescriptor.newBuilder();
        fd.addSlots(nextSlot, FrameSlotKind.Illegal);
        String name = main ? "main chunk" : fb.name();
        EmptyStatementNode returnMarker = null;
        if (finalReturn != null) {
            returnMarker = new EmptyStatementNode();
            returnMarker.setLine(finalReturn.getLine());
            markStatement(returnMarker, finalReturn.getLine());
            int line = finalReturn.getLine();
            if (source != null && source.hasCharacters() && line >= 1 && line <= source.getLineCount()) {
                // its line, for errors raised in the returned expressions (not a statement: the marker counts it)
                finalReturn.setSourceSection(source.getLineStartOffset(line), Math.max(0, source.getLineLength(line)));
            }
        }
        LuaFunctionRootNode root = new LuaFunctionRootNode(language, fd.build(), name, chunkId, fb.line(), main, slots, captured,
                        fb.isVararg() ? fb.varargSlot() : -1, body, returnMarker, finalReturn, section(fb.line()));
        function = outerFunction;
        nextSlot = outerSlot;
        closeDepth = outerClose;
        return root;
    }

    private SourceSection section(int line) {
        if (source == null) {
            return null;
        }
        if (line >= 1 && line <= source.getLineCount()) {
            return source.createSection(line);
        }
        return source.createUnavailableSection();
    }

    private static boolean hasClose(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s instanceof Stmt.LocalAssign la) {
                for (LocalVar v : la.vars()) {
                    if (v.attribute() == LocalVar.Attribute.CLOSE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private int hiddenSlot() {
        return nextSlot++;
    }

    // ---- statements -----------------------------------------------------------------------

    private StatementNode block(Block b) {
        return statements(b.statements(), b.hasLabels());
    }

    private StatementNode statements(List<Stmt> stmts, boolean hasLabels) {
        List<StatementNode> out = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < stmts.size(); i++) {
            Stmt s = stmts.get(i);
            if (s instanceof Stmt.LabelStmt l) {
                labels.add(l.name());
                targets.add(out.size());
                continue;
            }
            if (s instanceof Stmt.LocalAssign la && closeVariable(la) != null) {
                out.add(statement(s));
                LocalVar v = closeVariable(la);
                closeDepth++;
                StatementNode rest = statements(stmts.subList(i + 1, stmts.size()), hasLabels);
                closeDepth--;
                CloseScopeNode close = new CloseScopeNode(v.slot(), v.isCaptured(), v.name(), rest);
                close.setLine(la.line());
                out.add(close);
                break;
            }
            out.add(statement(s));
        }
        StatementNode[] array = out.toArray(new StatementNode[0]);
        if (array.length == 0 && labels.isEmpty()) {
            return new EmptyStatementNode();
        }
        if (!labels.isEmpty()) {
            int[] t = new int[targets.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = targets.get(i);
            }
            return new LabeledBlockNode(array, labels.toArray(new String[0]), t);
        }
        if (array.length == 1) {
            return array[0];
        }
        return new BlockNode(array);
    }

    private static LocalVar closeVariable(Stmt.LocalAssign la) {
        for (LocalVar v : la.vars()) {
            if (v.attribute() == LocalVar.Attribute.CLOSE) {
                return v;
            }
        }
        return null;
    }

    private StatementNode statement(Stmt s) {
        LuaStatementNode node = switch (s) {
            case Stmt.LocalAssign la -> localAssign(la);
            case Stmt.LocalFunction lf -> new LocalFunctionNode(lf.var().slot(), lf.var().isCaptured(), functionNode(lf.body(), lf.line()));
            case Stmt.Assign a -> assign(a);
            case Stmt.CallStatement c -> new ExpressionStatementNode(expr(c.call()));
            case Stmt.Do d -> wrap(block(d.block()));
            case Stmt.While w -> new WhileNode(expr(w.condition()), loopBody(w.body(), w.line()), false);
            case Stmt.Repeat r -> new WhileNode(expr(r.condition()), loopBody(r.body(), r.line()), true);
            case Stmt.If i -> ifNode(i, 0);
            case Stmt.NumericFor f -> new NumericForNode(expr(f.start()), expr(f.limit()), f.step() == null ? null : expr(f.step()),
                            declare(f.var()), loopBody(f.body(), f.line()), hiddenSlot(), hiddenSlot(), hiddenSlot());
            case Stmt.GenericFor f -> genericFor(f);
            case Stmt.Return r -> returnNode(r);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Goto g -> new GotoNode(g.label());
            case Stmt.LabelStmt l -> throw new IllegalStateException("labels are handled by blocks");
        };
        node.setLine(s.line());
        markStatement(node, s.line());
        return node;
    }

    /** Gives a statement its source line, so that instruments (statement limits, debuggers) see it. */
    private void markStatement(LuaStatementNode node, int line) {
        if (source != null && source.hasCharacters() && line >= 1 && line <= source.getLineCount()) {
            node.setSourceSection(source.getLineStartOffset(line), Math.max(0, source.getLineLength(line)));
            node.markStatement();
        }
    }

    /** A loop's body; an empty one still counts as a statement for instruments, at the loop's line. */
    private StatementNode loopBody(Block b, int line) {
        StatementNode body = block(b);
        if (body instanceof EmptyStatementNode empty) {
            empty.setLine(line);
            markStatement(empty, line);
        }
        return body;
    }

    /** A block as a statement node with a line (blocks of one statement are that statement). */
    private static LuaStatementNode wrap(StatementNode s) {
        if (s instanceof LuaStatementNode l) {
            return l;
        }
        return new BlockNode(new StatementNode[]{s});
    }

    private LuaStatementNode localAssign(Stmt.LocalAssign la) {
        DeclareLocalNode[] vars = new DeclareLocalNode[la.vars().size()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = declare(la.vars().get(i));
        }
        List<Expr> values = la.values();
        if (vars.length == 1 && values.size() == 1 && !Expr.isMulti(values.get(0))) {
            return new LocalAssignNode(vars, null, expr(values.get(0)));
        }
        return new LocalAssignNode(vars, values.isEmpty() ? null : explist(values), null);
    }

    private static DeclareLocalNode declare(LocalVar v) {
        return new DeclareLocalNode(v.slot(), v.isCaptured());
    }

    private LuaStatementNode assign(Stmt.Assign a) {
        LuaTargetNode[] targets = new LuaTargetNode[a.targets().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(a.targets().get(i));
        }
        List<Expr> values = a.values();
        if (targets.length == 1 && values.size() == 1 && !Expr.isMulti(values.get(0))) {
            return new AssignNode(targets, null, expr(values.get(0)));
        }
        return new AssignNode(targets, explist(values), null);
    }

    private LuaTargetNode target(Expr e) {
        return switch (e) {
            case Expr.Local l -> l.var().isCaptured() ? new CellTarget(l.var().slot()) : new LocalTarget(l.var().slot());
            case Expr.Upvalue u -> new UpvalueTarget(u.index());
            case Expr.Global g -> new SetFieldNode(expr(g.env()), g.name(), describe(g.env()), g.line());
            case Expr.Index ix -> {
                if (ix.key() instanceof Expr.Constant c && c.value() instanceof String key) {
                    yield new SetFieldNode(expr(ix.object()), key, describe(ix.object()), ix.line());
                }
                yield new SetIndexNode(expr(ix.object()), expr(ix.key()), describe(ix.object()), ix.line());
            }
            default -> throw new IllegalStateException("not assignable: " + e);
        };
    }

    private LuaStatementNode ifNode(Stmt.If s, int index) {
        StatementNode elsePart;
        if (index + 1 < s.conditions().size()) {
            elsePart = ifNode(s, index + 1);
        } else {
            elsePart = s.orElse() == null ? null : block(s.orElse());
        }
        IfNode node = new IfNode(expr(s.conditions().get(index)), block(s.blocks().get(index)), elsePart);
        node.setLine(s.conditions().get(index).line());
        return node;
    }

    private LuaStatementNode genericFor(Stmt.GenericFor f) {
        DeclareLocalNode[] vars = new DeclareLocalNode[f.vars().size()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = declare(f.vars().get(i));
        }
        return new GenericForNode(explist(f.exprs()), vars, loopBody(f.body(), f.line()), hiddenSlot(), hiddenSlot(), hiddenSlot());
    }

    private ReturnNode returnNode(Stmt.Return r) {
        List<Expr> values = r.values();
        boolean lastMulti = !values.isEmpty() && Expr.isMulti(values.get(values.size() - 1));
        boolean tail = values.size() == 1 && (values.get(0) instanceof Expr.Call || values.get(0) instanceof Expr.MethodCall) && closeDepth == 0;
        ReturnNode node = new ReturnNode(exprs(values), lastMulti, tail);
        node.setLine(r.line());
        return node;
    }

    private ExplistNode explist(List<Expr> values) {
        boolean lastMulti = !values.isEmpty() && Expr.isMulti(values.get(values.size() - 1));
        return new ExplistNode(exprs(values), lastMulti);
    }

    private ExpressionNode[] exprs(List<Expr> values) {
        ExpressionNode[] out = new ExpressionNode[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(values.get(i));
        }
        return out;
    }

    // ---- expressions ----------------------------------------------------------------------

    private ExpressionNode expr(Expr e) {
        ExpressionNode node = switch (e) {
            case Expr.Constant c -> new ConstantNode(c.value());
            case Expr.Vararg v -> new VarargNode(function.varargSlot());
            case Expr.Function f -> functionNode(f.body(), f.line());
            case Expr.Table t -> table(t);
            case Expr.Local l -> l.var().isCaptured() ? new ReadCellNode(l.var().slot()) : new ReadLocalNode(l.var().slot());
            case Expr.Upvalue u -> new ReadUpvalueNode(u.index());
            case Expr.Global g -> new GetFieldNode(expr(g.env()), g.name(), describe(g.env()));
            case Expr.Index ix -> {
                if (ix.key() instanceof Expr.Constant c && c.value() instanceof String key) {
                    yield new GetFieldNode(expr(ix.object()), key, describe(ix.object()));
                }
                yield new GetIndexNode(expr(ix.object()), expr(ix.key()), describe(ix.object()));
            }
            case Expr.Call c -> new CallNode(expr(c.function()), exprs(c.args()), lastIsMulti(c.args()), describe(c.function()));
            case Expr.MethodCall m -> new MethodCallNode(expr(m.object()), m.name(), exprs(m.args()), lastIsMulti(m.args()), describe(m.object()));
            case Expr.Paren p -> expr(p.inner());
            case Expr.Binary b -> binary(b);
            case Expr.And a -> new AndNode(expr(a.left()), expr(a.right()));
            case Expr.Or o -> new OrNode(expr(o.left()), expr(o.right()));
            case Expr.Unary u -> unary(u);
        };
        if (!(e instanceof Expr.Paren) && node instanceof LuaExpressionNode l) {
            l.setLine(e.line());
        }
        return node;
    }

    private static boolean lastIsMulti(List<Expr> args) {
        return !args.isEmpty() && Expr.isMulti(args.get(args.size() - 1));
    }

    private FunctionNode functionNode(FunctionBody body, int line) {
        LuaFunctionRootNode root = buildFunction(body, false);
        int[] sources = new int[body.upvalues().size()];
        for (int i = 0; i < sources.length; i++) {
            FunctionBody.UpvalueSource u = body.upvalues().get(i);
            sources[i] = u.local() != null ? u.local().slot() : -(u.index() + 1);
        }
        FunctionNode node = new FunctionNode(root.getCallTarget(), sources);
        node.setLine(line);
        return node;
    }

    private LuaExpressionNode table(Expr.Table t) {
        int n = t.fields().size();
        ExpressionNode[] keys = new ExpressionNode[n];
        ExpressionNode[] values = new ExpressionNode[n];
        String[] constantKeys = new String[n];
        for (int i = 0; i < n; i++) {
            Expr.TableField f = t.fields().get(i);
            if (f.key() != null) {
                keys[i] = expr(f.key());
                if (f.key() instanceof Expr.Constant c && c.value() instanceof String s) {
                    constantKeys[i] = s;
                }
            }
            values[i] = expr(f.value());
        }
        boolean lastMulti = n > 0 && t.fields().get(n - 1).key() == null && Expr.isMulti(t.fields().get(n - 1).value());
        return new TableConstructorNode(keys, values, constantKeys, lastMulti);
    }

    private ExpressionNode binary(Expr.Binary b) {
        ExpressionNode l = expr(b.left());
        ExpressionNode r = expr(b.right());
        String ln = describe(b.left());
        String rn = describe(b.right());
        return switch (b.op()) {
            case CONCAT -> ConcatNodeGen.create(ln, rn, l, r);
            case EQ -> EqualNodeGen.create(false, l, r);
            case NE -> EqualNodeGen.create(true, l, r);
            case LT -> CompareNodeGen.create(false, false, l, r);
            case LE -> CompareNodeGen.create(true, false, l, r);
            case GT -> CompareNodeGen.create(false, true, l, r);
            case GE -> CompareNodeGen.create(true, true, l, r);
            default -> ArithNodeGen.create(arith(b.op()), ln, rn, l, r);
        };
    }

    private static LuaOp arith(Expr.BinaryOp op) {
        return ConstantFolding.arithmetic(op);
    }

    private ExpressionNode unary(Expr.Unary u) {
        ExpressionNode operand = expr(u.operand());
        String name = describe(u.operand());
        return switch (u.op()) {
            case NOT -> new NotNode(operand);
            case NEG -> UnaryMinusNodeGen.create(name, operand);
            case LEN -> LengthNodeGen.create(name, operand);
            case BNOT -> BitwiseNotNodeGen.create(name, operand);
        };
    }

    /**
     * How Lua names the value of an expression in error messages (ldebug.c's getobjname):
     * {@code local 'x'}, {@code upvalue 'x'}, {@code global 'x'}, {@code field 'x'},
     * {@code constant 'x'} for string constants; null for values Lua gives no name.
     */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Local l -> "local '" + l.var().name() + "'";
            case Expr.Upvalue u -> "upvalue '" + u.name() + "'";
            case Expr.Global g -> "global '" + g.name() + "'";
            case Expr.Index ix -> {
                if (ix.key() instanceof Expr.Constant c && c.value() instanceof String s) {
                    yield (isEnv(ix.object()) ? "global '" : "field '") + s + "'";
                }
                if (ix.key() instanceof Expr.Constant c && c.value() instanceof Long l && l >= 0 && l <= 255) {
                    yield "field 'integer index'";
                }
                yield "field '?'";
            }
            case Expr.Constant c -> c.value() instanceof String s ? "constant '" + s + "'" : null;
            case Expr.Paren p -> describe(p.inner());
            default -> null;
        };
    }

    private static boolean isEnv(Expr e) {
        return (e instanceof Expr.Local l && l.var().name().equals("_ENV")) || (e instanceof Expr.Upvalue u && u.name().equals("_ENV"));
    }
}
