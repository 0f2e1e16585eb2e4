package dev.dunder.lua.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.dunder.grammar.lua.LuaLexer;
import dev.dunder.grammar.lua.LuaParser;
import dev.dunder.lua.parser.FunctionState.BlockScope;
import dev.dunder.lua.parser.FunctionState.LabelInfo;
import dev.dunder.lua.parser.FunctionState.PendingGoto;
import dev.dunder.lua.parser.ast.Block;
import dev.dunder.lua.parser.ast.Expr;
import dev.dunder.lua.parser.ast.Expr.BinaryOp;
import dev.dunder.lua.parser.ast.Expr.UnaryOp;
import dev.dunder.lua.parser.ast.FunctionBody;
import dev.dunder.lua.parser.ast.FunctionBody.UpvalueSource;
import dev.dunder.lua.parser.ast.LocalVar;
import dev.dunder.lua.parser.ast.Stmt;
import dev.dunder.runtime.lua.LuaNil;

/**
 * Parse tree to resolved syntax tree, in one pass in source order, as lparser.c does:
 * every name becomes a local, an upvalue (the enclosing functions' locals it captures are
 * marked, so they live in Cells) or a global {@code _ENV.name}; {@code <const>} variables
 * with constant values are folded into their uses; gotos are matched with labels under
 * Lua's visibility rules, with its messages.
 */
final class AstBuilder {
    private final CommonTokenStream tokens;
    private FunctionState fs;

    AstBuilder(CommonTokenStream tokens) {
        this.tokens = tokens;
    }

    private static int line(Token t) {
        return t.getLine();
    }

    private static int line(TerminalNode n) {
        return n.getSymbol().getLine();
    }

    private static LuaSyntaxError error(int line, String message) {
        return new LuaSyntaxError(line, message, false);
    }

    // ---- functions and blocks ------------------------------------------------------------

    FunctionBody chunk(LuaParser.ChunkContext ctx) {
        fs = new FunctionState(null, true);
        fs.addUpvalue(new UpvalueSource("_ENV", null, -1), null);
        int varargSlot = fs.newSlot();
        fs.block = new BlockScope(null, 0, false);
        Block body = blockBody(ctx.block());
        closeFunction(line(ctx.EOF()));
        return new FunctionBody("main chunk", 0, line(ctx.EOF()), List.of(), true, varargSlot, body, fs.slotCount(), fs.upvalues);
    }

    private FunctionBody function(LuaParser.FuncbodyContext ctx, String name, boolean method, int line) {
        LuaParser.ParlistContext pl = ctx.parlist();
        boolean vararg = pl.DOTS() != null;
        FunctionState outer = fs;
        fs = new FunctionState(outer, vararg);
        fs.block = new BlockScope(null, 0, false);
        List<LocalVar> params = new ArrayList<>();
        if (method) {
            params.add(declare("self", LocalVar.Attribute.NONE, line));
        }
        for (TerminalNode n : pl.NAME()) {
            params.add(declare(n.getText(), LocalVar.Attribute.NONE, line(n)));
        }
        for (LocalVar p : params) {
            activate(p);
        }
        int varargSlot = vararg ? fs.newSlot() : -1;
        Block body = blockBody(ctx.block());
        Token end = ctx.END().getSymbol();
        closeFunction(line(tokens.get(end.getTokenIndex() + 1)));
        FunctionBody result = new FunctionBody(name, line, line(end), params, vararg, varargSlot, body, fs.slotCount(), fs.upvalues);
        fs = outer;
        return result;
    }

    /** At the end of a function: any goto still pending has no visible label (or a break, no loop). */
    private void closeFunction(int line) {
        List<PendingGoto> pending = leaveBlockScope();
        if (!pending.isEmpty()) {
            PendingGoto g = pending.get(0);
            if (g.label.equals("break")) {
                throw error(line, "break outside loop at line " + g.line);
            }
            throw error(line, "no visible label '" + g.label + "' for <goto> at line " + g.line);
        }
    }

    /** The statements of a block, in a new scope. */
    private Block block(LuaParser.BlockContext ctx, boolean loop) {
        fs.block = new BlockScope(fs.block, fs.actives.size(), loop);
        Block b = blockBody(ctx);
        leaveBlockScope();
        return b;
    }

    /** The statements of a block, in the current scope. */
    private Block blockBody(LuaParser.BlockContext ctx) {
        List<Stmt> out = new ArrayList<>();
        boolean labels = false;
        List<LuaParser.StatContext> stats = ctx.stat();
        for (int i = 0; i < stats.size(); i++) {
            LuaParser.StatContext s = stats.get(i);
            if (s.labelstat() != null) {
                labels = true;
                boolean last = ctx.retstat() == null && restIsVoid(stats, i + 1) && !(ctx.getParent() instanceof LuaParser.RepeatstatContext);
                out.add(label(s.labelstat(), last, nextTokenLine(s)));
            } else {
                Stmt st = statement(s);
                if (st != null) {
                    out.add(st);
                }
            }
        }
        if (ctx.retstat() != null) {
            out.add(returnStatement(ctx.retstat()));
        }
        return new Block(out, labels);
    }

    private int nextTokenLine(ParserRuleContext ctx) {
        // skip the no-op statements Lua reads after a label before creating it
        int i = ctx.stop.getTokenIndex() + 1;
        while (tokens.get(i).getType() == LuaLexer.SEMI) {
            i++;
        }
        return line(tokens.get(i));
    }

    private static boolean restIsVoid(List<LuaParser.StatContext> stats, int from) {
        for (int i = from; i < stats.size(); i++) {
            LuaParser.StatContext s = stats.get(i);
            if (s.labelstat() == null && s.SEMI() == null) {
                return false;
            }
        }
        return true;
    }

    /** Leaves the innermost block; returns the gotos still pending when it was the function's outermost one. */
    private List<PendingGoto> leaveBlockScope() {
        BlockScope b = fs.block;
        while (fs.actives.size() > b.activeStart) {
            fs.actives.remove(fs.actives.size() - 1);
        }
        if (b.parent != null) {
            for (PendingGoto g : b.pendingGotos) {
                g.activeCount = Math.min(g.activeCount, b.activeStart);
                b.parent.pendingGotos.add(g);
            }
        }
        fs.block = b.parent;
        return b.parent == null ? b.pendingGotos : List.of();
    }

    private LocalVar declare(String name, LocalVar.Attribute attribute, int line) {
        return new LocalVar(name, fs.newSlot(), attribute, line);
    }

    private void activate(LocalVar v) {
        fs.actives.add(v);
    }

    // ---- statements -------------------------------------------------------------------

    private Stmt statement(LuaParser.StatContext s) {
        ParseTree c = s.getChild(0);
        if (c instanceof TerminalNode) {
            return null;                                                   // ';'
        } else if (c instanceof LuaParser.ExprstatContext e) {
            return exprStatement(e);
        } else if (c instanceof LuaParser.LocalstatContext l) {
            return localStatement(l);
        } else if (c instanceof LuaParser.FuncstatContext f) {
            return functionStatement(f);
        } else if (c instanceof LuaParser.IfstatContext i) {
            return ifStatement(i);
        } else if (c instanceof LuaParser.WhilestatContext w) {
            Expr cond = exp(w.exp());
            return new Stmt.While(line(w.WHILE()), cond, block(w.block(), true));
        } else if (c instanceof LuaParser.DostatContext d) {
            return new Stmt.Do(line(d.DO()), block(d.block(), false));
        } else if (c instanceof LuaParser.ForstatContext f) {
            return forStatement(f);
        } else if (c instanceof LuaParser.RepeatstatContext r) {
            fs.block = new BlockScope(fs.block, fs.actives.size(), true);
            Block body = blockBody(r.block());
            Expr cond = exp(r.exp());
            leaveBlockScope();
            return new Stmt.Repeat(line(r.REPEAT()), body, cond);
        } else if (c instanceof LuaParser.BreakstatContext b) {
            int l = line(b.BREAK());
            if (!insideLoop()) {
                fs.block.pendingGotos.add(new PendingGoto("break", l, fs.actives.size()));
            }
            return new Stmt.Break(l);
        } else if (c instanceof LuaParser.GotostatContext g) {
            return gotoStatement(g);
        }
        throw new IllegalStateException("unknown statement " + s.getText());
    }

    private boolean insideLoop() {
        for (BlockScope b = fs.block; b != null; b = b.parent) {
            if (b.isLoop) {
                return true;
            }
        }
        return false;
    }

    private Stmt gotoStatement(LuaParser.GotostatContext g) {
        String name = g.NAME().getText();
        int l = line(g.GOTO());
        if (findLabel(name) == null) {
            fs.block.pendingGotos.add(new PendingGoto(name, l, fs.actives.size()));
        }
        return new Stmt.Goto(l, name);
    }

    private LabelInfo findLabel(String name) {
        for (BlockScope b = fs.block; b != null; b = b.parent) {
            for (LabelInfo li : b.labels) {
                if (li.name().equals(name)) {
                    return li;
                }
            }
        }
        return null;
    }

    private Stmt label(LuaParser.LabelstatContext ctx, boolean lastInBlock, int currentLine) {
        String name = ctx.NAME().getText();
        int l = line(ctx.DCOLON(0));
        LabelInfo existing = findLabel(name);
        if (existing != null) {
            throw error(currentLine, "label '" + name + "' already defined on line " + existing.line());
        }
        int active = lastInBlock ? fs.block.activeStart : fs.actives.size();
        fs.block.labels.add(new LabelInfo(name, l, active));
        List<PendingGoto> pending = fs.block.pendingGotos;
        for (int i = 0; i < pending.size(); i++) {
            PendingGoto g = pending.get(i);
            if (g.label.equals(name)) {
                if (g.activeCount < active) {
                    String local = fs.actives.get(g.activeCount).name();
                    throw error(currentLine, "<goto " + name + "> at line " + g.line + " jumps into the scope of local '" + local + "'");
                }
                pending.remove(i--);
            }
        }
        return new Stmt.LabelStmt(l, name);
    }

    private Stmt exprStatement(LuaParser.ExprstatContext ctx) {
        List<LuaParser.SuffixedexpContext> lhs = ctx.suffixedexp();
        if (ctx.ASSIGN() == null) {
            Expr call = suffixedexp(lhs.get(0));
            return new Stmt.CallStatement(call.line(), call);
        }
        List<Expr> targets = new ArrayList<>();
        for (LuaParser.SuffixedexpContext t : lhs) {
            Expr target = suffixedexp(t);
            checkWritable(target);
            targets.add(target);
        }
        List<Expr> values = explist(ctx.explist());
        return new Stmt.Assign(line(ctx.ASSIGN()), targets, values);
    }

    private void checkWritable(Expr target) {
        String name = null;
        if (target instanceof Expr.Local l && l.var().isReadOnly()) {
            name = l.var().name();
        } else if (target instanceof Expr.Upvalue u) {
            LocalVar origin = fs.upvalueOrigins.get(u.index());
            if (origin != null && origin.isReadOnly()) {
                name = origin.name();
            }
        } else if (target instanceof Expr.Constant && lastConstantName != null) {
            name = lastConstantName;
        }
        if (name != null) {
            throw error(target.line(), "attempt to assign to const variable '" + name + "'");
        }
    }

    /**
     * The name of the {@code <const>} variable the last resolved name stood for, when it was
     * folded into a constant: an assignment to it reports "attempt to assign to const variable".
     */
    private String lastConstantName;

    private Stmt localStatement(LuaParser.LocalstatContext ctx) {
        if (ctx.FUNCTION() != null) {
            LocalVar v = declare(ctx.NAME().getText(), LocalVar.Attribute.NONE, line(ctx.NAME()));
            activate(v);
            FunctionBody body = function(ctx.funcbody(), v.name(), false, line(ctx.FUNCTION()));
            return new Stmt.LocalFunction(line(ctx.LOCAL()), v, body);
        }
        List<LocalVar> vars = new ArrayList<>();
        boolean seenClose = false;
        for (LuaParser.AttnameContext a : ctx.attname()) {
            LocalVar.Attribute attr = LocalVar.Attribute.NONE;
            if (a.LT() != null) {
                String attrName = a.NAME(1).getText();
                if (attrName.equals("const")) {
                    attr = LocalVar.Attribute.CONST;
                } else if (attrName.equals("close")) {
                    attr = LocalVar.Attribute.CLOSE;
                    if (seenClose) {
                        throw error(line(a.GT().getSymbol()), "multiple to-be-closed variables in local list");
                    }
                    seenClose = true;
                } else {
                    throw error(line(tokens.get(a.GT().getSymbol().getTokenIndex() + 1)), "unknown attribute '" + attrName + "'");
                }
            }
            vars.add(declare(a.NAME(0).getText(), attr, line(a.NAME(0))));
        }
        List<Expr> values = ctx.explist() == null ? List.of() : explist(ctx.explist());
        LocalVar last = vars.get(vars.size() - 1);
        List<LocalVar> kept = vars;
        if (vars.size() == values.size() && last.attribute() == LocalVar.Attribute.CONST && values.get(values.size() - 1) instanceof Expr.Constant k) {
            last.setConstantValue(k.value());
            kept = vars.subList(0, vars.size() - 1);
            values = values.subList(0, values.size() - 1);
        }
        for (LocalVar v : vars) {
            activate(v);
        }
        return new Stmt.LocalAssign(line(ctx.LOCAL()), new ArrayList<>(kept), values);
    }

    private Stmt functionStatement(LuaParser.FuncstatContext ctx) {
        LuaParser.FuncnameContext fn = ctx.funcname();
        List<TerminalNode> names = fn.NAME();
        boolean method = fn.COLON() != null;
        int l = line(ctx.FUNCTION());
        Expr target = resolveName(names.get(0).getText(), line(names.get(0)));
        StringBuilder fullName = new StringBuilder(names.get(0).getText());
        for (int i = 1; i < names.size(); i++) {
            String key = names.get(i).getText();
            fullName.append(method && i == names.size() - 1 ? ":" : ".").append(key);
            target = new Expr.Index(line(names.get(i)), target, new Expr.Constant(line(names.get(i)), key));
        }
        checkWritable(target);
        FunctionBody body = function(ctx.funcbody(), fullName.toString(), method, l);
        return new Stmt.Assign(l, List.of(target), List.of(new Expr.Function(l, body)));
    }

    private Stmt ifStatement(LuaParser.IfstatContext ctx) {
        List<Expr> conds = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<LuaParser.ExpContext> exps = ctx.exp();
        List<LuaParser.BlockContext> bs = ctx.block();
        for (int i = 0; i < exps.size(); i++) {
            conds.add(exp(exps.get(i)));
            blocks.add(block(bs.get(i), false));
        }
        Block orElse = ctx.ELSE() != null ? block(bs.get(bs.size() - 1), false) : null;
        return new Stmt.If(line(ctx.IF()), conds, blocks, orElse);
    }

    private Stmt forStatement(LuaParser.ForstatContext ctx) {
        int l = line(ctx.FOR());
        if (ctx.ASSIGN() != null) {
            List<LuaParser.ExpContext> e = ctx.exp();
            Expr start = exp(e.get(0));
            Expr limit = exp(e.get(1));
            Expr step = e.size() > 2 ? exp(e.get(2)) : null;
            fs.block = new BlockScope(fs.block, fs.actives.size(), true);
            LocalVar v = declare(ctx.NAME(0).getText(), LocalVar.Attribute.NONE, line(ctx.NAME(0)));
            activate(v);
            Block body = block(ctx.block(), false);
            leaveBlockScope();
            return new Stmt.NumericFor(l, v, start, limit, step, body);
        }
        List<Expr> exprs = explist(ctx.explist());
        fs.block = new BlockScope(fs.block, fs.actives.size(), true);
        List<LocalVar> vars = new ArrayList<>();
        for (TerminalNode n : ctx.NAME()) {
            vars.add(declare(n.getText(), LocalVar.Attribute.NONE, line(n)));
        }
        for (LocalVar v : vars) {
            activate(v);
        }
        Block body = block(ctx.block(), false);
        leaveBlockScope();
        return new Stmt.GenericFor(l, vars, exprs, body);
    }

    private Stmt returnStatement(LuaParser.RetstatContext ctx) {
        List<Expr> values = ctx.explist() == null ? List.of() : explist(ctx.explist());
        return new Stmt.Return(line(ctx.RETURN()), values);
    }

    // ---- expressions -------------------------------------------------------------------

    private List<Expr> explist(LuaParser.ExplistContext ctx) {
        List<Expr> out = new ArrayList<>();
        for (LuaParser.ExpContext e : ctx.exp()) {
            out.add(exp(e));
        }
        return out;
    }

    private Expr exp(LuaParser.ExpContext ctx) {
        if (ctx.simpleexp() != null) {
            return simpleexp(ctx.simpleexp());
        }
        if (ctx.getChildCount() == 2) {
            Token op = ((TerminalNode) ctx.getChild(0)).getSymbol();
            Expr operand = exp(ctx.exp(0));
            int l = line(op);
            return switch (op.getType()) {
                case LuaLexer.MINUS -> ConstantFolding.negate(l, operand);
                case LuaLexer.NOT -> new Expr.Unary(l, UnaryOp.NOT, operand);
                case LuaLexer.HASH -> new Expr.Unary(l, UnaryOp.LEN, operand);
                default -> ConstantFolding.bitwiseNot(l, operand);
            };
        }
        Token op = ((TerminalNode) ctx.getChild(1)).getSymbol();
        Expr left = exp(ctx.exp(0));
        Expr right = exp(ctx.exp(1));
        int l = line(op);
        return switch (op.getType()) {
            case LuaLexer.AND -> new Expr.And(l, left, right);
            case LuaLexer.OR -> new Expr.Or(l, left, right);
            default -> ConstantFolding.binary(l, binaryOp(op.getType()), left, right);
        };
    }

    private static BinaryOp binaryOp(int type) {
        return switch (type) {
            case LuaLexer.PLUS -> BinaryOp.ADD;
            case LuaLexer.MINUS -> BinaryOp.SUB;
            case LuaLexer.STAR -> BinaryOp.MUL;
            case LuaLexer.SLASH -> BinaryOp.DIV;
            case LuaLexer.PERCENT -> BinaryOp.MOD;
            case LuaLexer.CARET -> BinaryOp.POW;
            case LuaLexer.DSLASH -> BinaryOp.IDIV;
            case LuaLexer.AMP -> BinaryOp.BAND;
            case LuaLexer.PIPE -> BinaryOp.BOR;
            case LuaLexer.TILDE -> BinaryOp.BXOR;
            case LuaLexer.SHL -> BinaryOp.SHL;
            case LuaLexer.SHR -> BinaryOp.SHR;
            case LuaLexer.CONCAT -> BinaryOp.CONCAT;
            case LuaLexer.EQ -> BinaryOp.EQ;
            case LuaLexer.NE -> BinaryOp.NE;
            case LuaLexer.LT -> BinaryOp.LT;
            case LuaLexer.LE -> BinaryOp.LE;
            case LuaLexer.GT -> BinaryOp.GT;
            case LuaLexer.GE -> BinaryOp.GE;
            default -> throw new IllegalStateException("operator " + type);
        };
    }

    private Expr simpleexp(LuaParser.SimpleexpContext ctx) {
        if (ctx.suffixedexp() != null) {
            return suffixedexp(ctx.suffixedexp());
        }
        if (ctx.tableconstructor() != null) {
            return table(ctx.tableconstructor());
        }
        if (ctx.funcbody() != null) {
            int l = line(ctx.FUNCTION());
            return new Expr.Function(l, function(ctx.funcbody(), "anonymous", false, l));
        }
        Token t = ((TerminalNode) ctx.getChild(0)).getSymbol();
        int l = line(t);
        return switch (t.getType()) {
            case LuaLexer.NIL -> new Expr.Constant(l, LuaNil.NIL);
            case LuaLexer.TRUE -> new Expr.Constant(l, Boolean.TRUE);
            case LuaLexer.FALSE -> new Expr.Constant(l, Boolean.FALSE);
            case LuaLexer.NUMBER -> new Expr.Constant(l, Literals.number(t.getText()));
            case LuaLexer.STRING, LuaLexer.LONGSTRING -> new Expr.Constant(l, string(t));
            case LuaLexer.DOTS -> {
                if (!fs.vararg) {
                    throw error(l, "cannot use '...' outside a vararg function near '...'");
                }
                yield new Expr.Vararg(l);
            }
            default -> throw new IllegalStateException(t.getText());
        };
    }

    private static String string(Token t) {
        if (t.getType() == LuaLexer.LONGSTRING) {
            return Literals.longString(t.getText());
        }
        return Literals.shortString(t.getText(), true, false);
    }

    private Expr suffixedexp(LuaParser.SuffixedexpContext ctx) {
        int l = line(ctx.start);
        Expr e = primaryexp(ctx.primaryexp());
        for (LuaParser.SuffixContext s : ctx.suffix()) {
            if (s.DOT() != null) {
                int kl = line(s.NAME());
                e = new Expr.Index(kl, e, new Expr.Constant(kl, s.NAME().getText()));
            } else if (s.LBRACKET() != null) {
                Expr key = exp(s.exp());
                e = new Expr.Index(line(s.RBRACKET()), e, key);
            } else if (s.COLON() != null) {
                e = new Expr.MethodCall(l, e, s.NAME().getText(), args(s.args()));
            } else {
                e = new Expr.Call(l, e, args(s.args()));
            }
        }
        return e;
    }

    private Expr primaryexp(LuaParser.PrimaryexpContext ctx) {
        if (ctx.NAME() != null) {
            return resolveName(ctx.NAME().getText(), line(ctx.NAME()));
        }
        return new Expr.Paren(line(ctx.LPAREN()), exp(ctx.exp()));
    }

    private List<Expr> args(LuaParser.ArgsContext ctx) {
        if (ctx.tableconstructor() != null) {
            return List.of(table(ctx.tableconstructor()));
        }
        if (ctx.STRING() != null || ctx.LONGSTRING() != null) {
            Token t = ((TerminalNode) ctx.getChild(0)).getSymbol();
            return List.of(new Expr.Constant(line(t), string(t)));
        }
        return ctx.explist() == null ? List.of() : explist(ctx.explist());
    }

    private Expr table(LuaParser.TableconstructorContext ctx) {
        List<Expr.TableField> fields = new ArrayList<>();
        for (LuaParser.FieldContext f : ctx.field()) {
            if (f.LBRACKET() != null) {
                Expr key = exp(f.exp(0));
                fields.add(new Expr.TableField(key, exp(f.exp(1))));
            } else if (f.NAME() != null) {
                fields.add(new Expr.TableField(new Expr.Constant(line(f.NAME()), f.NAME().getText()), exp(f.exp(0))));
            } else {
                fields.add(new Expr.TableField(null, exp(f.exp(0))));
            }
        }
        return new Expr.Table(line(ctx.LBRACE()), fields);
    }

    // ---- names ------------------------------------------------------------------------

    /** lparser.c's singlevar: a local, an upvalue, or {@code _ENV.name}. */
    private Expr resolveName(String name, int line) {
        lastConstantName = null;
        Expr v = resolve(fs, name, line);
        if (v != null) {
            if (v instanceof Expr.Constant) {
                lastConstantName = name;
            }
            return v;
        }
        Expr env = resolve(fs, "_ENV", line);
        return new Expr.Global(line, env, name);
    }

    private static Expr resolve(FunctionState f, String name, int line) {
        LocalVar local = f.findLocal(name);
        if (local != null) {
            if (local.constantValue() != null) {
                return new Expr.Constant(line, local.constantValue());
            }
            return new Expr.Local(line, local);
        }
        int index = f.findUpvalue(name);
        if (index >= 0) {
            return new Expr.Upvalue(line, index, name);
        }
        if (f.parent == null) {
            return null;
        }
        Expr outer = resolve(f.parent, name, line);
        if (outer == null || outer instanceof Expr.Constant) {
            return outer;
        }
        if (outer instanceof Expr.Local l) {
            l.var().markCaptured();
            index = f.addUpvalue(new UpvalueSource(name, l.var(), -1), l.var());
        } else {
            Expr.Upvalue u = (Expr.Upvalue) outer;
            index = f.addUpvalue(new UpvalueSource(name, null, u.index()), f.parent.upvalueOrigins.get(u.index()));
        }
        return new Expr.Upvalue(line, index, name);
    }
}
