package dev.dunder.js.parser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.control.ExpressionStatementNode;
import dev.dunder.js.nodes.control.LoopBody;
import dev.dunder.js.nodes.generator.GenBlockNode;
import dev.dunder.js.nodes.generator.GenExpressionNode;
import dev.dunder.js.nodes.generator.GenForInOfNode;
import dev.dunder.js.nodes.generator.GenIfNode;
import dev.dunder.js.nodes.generator.GenLoopNode;
import dev.dunder.js.nodes.generator.GenStatementNode;
import dev.dunder.js.nodes.generator.GenSwitchNode;
import dev.dunder.js.nodes.generator.GenTryNode;
import dev.dunder.js.nodes.generator.GeneratorSlots;
import dev.dunder.js.nodes.generator.SavedValueNode;
import dev.dunder.js.nodes.generator.YieldNode;
import dev.dunder.js.nodes.generator.YieldStarNode;
import dev.dunder.js.nodes.literals.ConstantNode;
import dev.dunder.js.nodes.ops.ToBooleanNode;
import dev.dunder.js.nodes.patterns.BindingTargetNode;
import dev.dunder.js.nodes.vars.CopyCellNode;
import dev.dunder.js.parser.ast.ClassNode;
import dev.dunder.js.parser.ast.Expr;
import dev.dunder.js.parser.ast.FunctionNode;
import dev.dunder.js.parser.ast.Stmt;
import dev.dunder.js.parser.scope.Binding;
import dev.dunder.js.parser.scope.Scope;

/**
 * Builds the body of a {@code function*} so it can be suspended and resumed. A yield
 * unwinds the Java stack; resuming runs the body again in the same frame, and every
 * statement on the path to the pending yield continues where it was: blocks from the
 * statement that was running, loops in their phase, {@code try} in its part. Only
 * statements that contain a yield get these resumable forms. Inside such a statement,
 * the yield-free parts of its expressions keep their values in frame slots, so the
 * parts evaluated before the suspension are not evaluated again; the slots are cleared
 * when the statement completes.
 */
final class GeneratorBuilder {
    private final NodeBuilder builder;
    final GeneratorSlots slots;
    /** Slots the statement being built must clear when it completes. */
    private List<Integer> clearing = new ArrayList<>();
    /** True while building the expressions of a statement that contains a yield. */
    private boolean saving;
    private final Map<Object, Boolean> yields = new IdentityHashMap<>();

    GeneratorBuilder(NodeBuilder builder) {
        this.builder = builder;
        this.slots = new GeneratorSlots(newSlot(), newSlot(), newSlot());
    }

    private int newSlot() {
        return builder.newSlot();
    }

    private int clearedSlot() {
        int s = newSlot();
        clearing.add(s);
        return s;
    }

    // ---- which parts contain a yield -------------------------------------------------------------

    /** Does this AST part contain a yield of this generator (not of nested functions)? */
    boolean containsYield(Object node) {
        if (node == null || node instanceof String || node instanceof Number || node instanceof Boolean) {
            return false;
        }
        if (node instanceof Expr.Yield) {
            return true;
        }
        if (node instanceof Expr.Func || node instanceof FunctionNode || node instanceof Stmt.FunctionDecl) {
            return false;
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                if (containsYield(o)) {
                    return true;
                }
            }
            return false;
        }
        Boolean known = yields.get(node);
        if (known != null) {
            return known;
        }
        boolean found = false;
        if (node instanceof Expr.ClassExpr c) {
            found = classYields(c.cls());
        } else if (node instanceof Stmt.ClassDecl c) {
            found = classYields(c.cls());
        } else if (node instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                if (containsYield(component(rc, r))) {
                    found = true;
                    break;
                }
            }
        }
        yields.put(node, found);
        return found;
    }

    private boolean classYields(ClassNode cls) {
        if (containsYield(cls.superClass)) {
            return true;
        }
        for (ClassNode.Member m : cls.members) {
            if (m instanceof ClassNode.Method md && containsYield(md.key())) {
                return true;
            }
            if (m instanceof ClassNode.Field f && containsYield(f.key())) {
                return true;
            }
        }
        return false;
    }

    private static Object component(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- statements -------------------------------------------------------------------------------

    /** The generator's body: a resumable block. */
    StatementNode body(List<Stmt> body) {
        return new GenBlockNode(builder.statements(body).toArray(new StatementNode[0]), slots, newSlot());
    }

    /** A statement of the generator body: resumable if it contains a yield. */
    StatementNode statement(Stmt s, List<String> labels) {
        List<Integer> outerClearing = clearing;
        boolean outerSaving = saving;
        try {
            saving = false;
            if (!containsYield(s)) {
                return builder.statementRaw(s, labels);
            }
            clearing = new ArrayList<>();
            StatementNode n = resumable(s, labels);
            if (clearing.isEmpty()) {
                return n;
            }
            return new GenStatementNode(n, toArray(clearing));
        } finally {
            clearing = outerClearing;
            saving = outerSaving;
        }
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private StatementNode resumable(Stmt s, List<String> labels) {
        if (s instanceof Stmt.Block b) {
            List<StatementNode> list = builder.scopeInit(builder.scopes().scope(b));
            list.addAll(builder.hoistedFunctions(b.body()));
            list.addAll(builder.statements(b.body()));
            return new GenBlockNode(list.toArray(new StatementNode[0]), slots, newSlot());
        } else if (s instanceof Stmt.If i) {
            saving = containsYield(i.test());
            ToBooleanNode test = builder.condition(i.test());
            saving = false;
            return new GenIfNode(test, builder.statement(i.then()), i.otherwise() == null ? null : builder.statement(i.otherwise()), slots, newSlot());
        } else if (s instanceof Stmt.While w) {
            return new GenLoopNode(loopTest(w.test()), builder.loopBody(w.body(), labels), null, null, true, slots, newSlot());
        } else if (s instanceof Stmt.DoWhile d) {
            return new GenLoopNode(loopTest(d.test()), builder.loopBody(d.body(), labels), null, null, false, slots, newSlot());
        } else if (s instanceof Stmt.For f) {
            return forStatement(f, labels);
        } else if (s instanceof Stmt.ForInOf f) {
            return forInOf(f, labels);
        } else if (s instanceof Stmt.Try t) {
            return tryStatement(t);
        } else if (s instanceof Stmt.Switch sw) {
            return switchStatement(sw, labels);
        } else if (s instanceof Stmt.Labeled) {
            return builder.statementRaw(s, labels);
        }
        // expression statements, declarations, return, throw: their expressions save their parts
        saving = true;
        return builder.statementRaw(s, labels);
    }

    /** A loop test evaluated again on each iteration: its saved parts are cleared once it has a value. */
    private ToBooleanNode loopTest(Expr test) {
        if (test == null) {
            return null;
        }
        if (!containsYield(test)) {
            return builder.condition(test);
        }
        List<Integer> outer = clearing;
        clearing = new ArrayList<>();
        saving = true;
        ExpressionNode value = builder.expr(test);
        saving = false;
        int[] own = toArray(clearing);
        clearing = outer;
        return ToBooleanNode.create(new GenExpressionNode(value, own));
    }

    private StatementNode forStatement(Stmt.For f, List<String> labels) {
        Scope scope = builder.scopes().scope(f);
        List<StatementNode> list = builder.scopeInit(scope);
        if (f.init() != null) {
            list.add(builder.statement(f.init()));
        }
        List<StatementNode> copies = new ArrayList<>();
        if (scope != null) {
            for (Binding b : scope.getBindings().values()) {
                if (b.isCaptured() && b.getKind() == Binding.Kind.LET) {
                    copies.add(new CopyCellNode(b.getSlot()));
                }
            }
        }
        StatementNode perIteration = copies.isEmpty() ? null : NodeBuilder.block(copies);
        ToBooleanNode test = loopTest(f.test());
        StatementNode update = null;
        if (f.update() != null) {
            if (containsYield(f.update())) {
                List<Integer> outer = clearing;
                clearing = new ArrayList<>();
                saving = true;
                ExpressionNode value = builder.expr(f.update());
                saving = false;
                update = new GenStatementNode(new ExpressionStatementNode(value), toArray(clearing));
                clearing = outer;
            } else {
                update = new ExpressionStatementNode(builder.expr(f.update()));
            }
        }
        list.add(new GenLoopNode(test, builder.loopBody(f.body(), labels), update, perIteration, true, slots, newSlot()));
        return new GenBlockNode(list.toArray(new StatementNode[0]), slots, newSlot());
    }

    private StatementNode forInOf(Stmt.ForInOf f, List<String> labels) {
        Scope scope = builder.scopes().scope(f);
        List<StatementNode> entry = new ArrayList<>();
        StatementNode iterationScope = null;
        if (f.kind() != null && f.kind().isLexical()) {
            entry.addAll(builder.scopeInit(scope));
            iterationScope = NodeBuilder.block(builder.scopeInit(scope));
        }
        saving = containsYield(f.iterable());
        ExpressionNode iterable = builder.expr(f.iterable());
        saving = false;
        BindingTargetNode target = builder.bindingTarget(f.target(), f.kind() != null, null);
        LoopBody body = builder.loopBody(f.body(), labels);
        entry.add(new GenForInOfNode(f.isOf(), iterable, iterationScope, target, body, builder.sourceText(f.iterable()), slots, newSlot(), newSlot()));
        return new GenBlockNode(entry.toArray(new StatementNode[0]), slots, newSlot());
    }

    private StatementNode tryStatement(Stmt.Try t) {
        StatementNode block = builder.statement(t.block());
        StatementNode scopeInit = null;
        BindingTargetNode param = null;
        StatementNode handler = null;
        if (t.handler() != null) {
            List<StatementNode> init = builder.scopeInit(builder.scopes().scope(t));
            scopeInit = init.isEmpty() ? null : NodeBuilder.block(init);
            param = t.param() == null ? null : builder.bindingTarget(t.param(), true, null);
            handler = builder.statement(t.handler());
        }
        StatementNode finalizer = t.finalizer() == null ? null : builder.statement(t.finalizer());
        return new GenTryNode(block, scopeInit, param, handler, finalizer, slots, newSlot(), newSlot());
    }

    private StatementNode switchStatement(Stmt.Switch sw, List<String> labels) {
        Scope scope = builder.scopes().scope(sw);
        saving = true;
        ExpressionNode discriminant = builder.expr(sw.discriminant());
        saving = false;
        List<StatementNode> init = builder.scopeInit(scope);
        List<Stmt> all = new ArrayList<>();
        for (Stmt.Case c : sw.cases()) {
            all.addAll(c.body());
        }
        init.addAll(builder.hoistedFunctions(all));
        int n = sw.cases().size();
        ExpressionNode[] tests = new ExpressionNode[n];
        StatementNode[] bodies = new StatementNode[n];
        int defaultIndex = -1;
        for (int i = 0; i < n; i++) {
            Stmt.Case c = sw.cases().get(i);
            if (c.test() == null) {
                defaultIndex = i;
            } else {
                saving = true;
                tests[i] = builder.expr(c.test());
                saving = false;
            }
            List<StatementNode> body = builder.statements(c.body());
            bodies[i] = containsYield(c.body()) ? new GenBlockNode(body.toArray(new StatementNode[0]), slots, newSlot())
                            : body.isEmpty() ? new dev.dunder.js.nodes.control.EmptyNode() : NodeBuilder.block(body);
        }
        return new GenSwitchNode(discriminant, init.isEmpty() ? null : NodeBuilder.block(init), tests, bodies, defaultIndex, labels.toArray(new String[0]), slots,
                        newSlot());
    }

    // ---- expressions -------------------------------------------------------------------------------

    /** Is this expression to be evaluated once and kept (a yield-free part of a statement with a yield)? */
    boolean savesValueOf(Expr e) {
        return saving && !containsYield(e);
    }

    /** A yield-free part of a statement with a yield: evaluated once, its value kept until the statement completes. */
    ExpressionNode saved(Expr e) {
        saving = false;
        ExpressionNode n;
        try {
            n = builder.exprRaw(e);
        } finally {
            saving = true;
        }
        if (n instanceof ConstantNode) {
            return n;
        }
        n.setSourceSection(e.pos(), 1);
        return new SavedValueNode(n, clearedSlot());
    }

    ExpressionNode yield(Expr.Yield y) {
        boolean outer = saving;
        ExpressionNode argument = null;
        if (y.argument() != null) {
            saving = containsYield(y.argument());
            argument = builder.expr(y.argument());
        }
        saving = outer;
        int state = clearedSlot();
        if (y.delegate()) {
            return new YieldStarNode(argument, slots, state, clearedSlot(), builder.sourceText(y.argument()), y.pos());
        }
        return new YieldNode(argument, slots, state, y.pos());
    }
}
