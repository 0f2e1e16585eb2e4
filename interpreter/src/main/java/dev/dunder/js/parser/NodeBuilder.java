package dev.dunder.js.parser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.access.AssignNode;
import dev.dunder.js.nodes.access.CompoundAssignNode;
import dev.dunder.js.nodes.access.ElementGetNode;
import dev.dunder.js.nodes.access.ElementSetNode;
import dev.dunder.js.nodes.access.MemberReadNode;
import dev.dunder.js.nodes.access.PropertyGetNode;
import dev.dunder.js.nodes.access.PropertySetNode;
import dev.dunder.js.nodes.access.ReferenceNode;
import dev.dunder.js.nodes.call.ArgumentListNode;
import dev.dunder.js.nodes.call.CallNode;
import dev.dunder.js.nodes.call.CalleeNode;
import dev.dunder.js.nodes.call.NewNode;
import dev.dunder.js.nodes.call.SuperCallNode;
import dev.dunder.js.nodes.call.TaggedTemplateNode;
import dev.dunder.js.nodes.control.BlockNode;
import dev.dunder.js.nodes.control.EmptyNode;
import dev.dunder.js.nodes.control.ExpressionStatementNode;
import dev.dunder.js.nodes.control.ForInNode;
import dev.dunder.js.nodes.control.ForOfNode;
import dev.dunder.js.nodes.control.IfNode;
import dev.dunder.js.nodes.control.JumpNode;
import dev.dunder.js.nodes.control.LabeledStatementNode;
import dev.dunder.js.nodes.control.LoopBody;
import dev.dunder.js.nodes.control.ReturnNode;
import dev.dunder.js.nodes.control.SwitchNode;
import dev.dunder.js.nodes.control.ThrowNode;
import dev.dunder.js.nodes.control.TryCatchNode;
import dev.dunder.js.nodes.control.TryFinallyNode;
import dev.dunder.js.nodes.control.WhileNode;
import dev.dunder.js.nodes.functions.CaptureSource;
import dev.dunder.js.nodes.functions.ClassDefinitionNode;
import dev.dunder.js.nodes.functions.ClassMemberNode;
import dev.dunder.js.nodes.functions.MakeFunctionNode;
import dev.dunder.js.nodes.generator.GeneratorFunctionRootNode;
import dev.dunder.js.nodes.generator.GeneratorResumeRootNode;
import dev.dunder.js.nodes.literals.ArrayLiteralNode;
import dev.dunder.js.nodes.literals.ConstantNode;
import dev.dunder.js.nodes.literals.ObjectLiteralNode;
import dev.dunder.js.nodes.literals.ObjectMemberNode;
import dev.dunder.js.nodes.literals.RegExpLiteralNode;
import dev.dunder.js.nodes.literals.TemplateNode;
import dev.dunder.js.nodes.ops.ArithmeticNodeGen;
import dev.dunder.js.nodes.ops.BitwiseNodeGen;
import dev.dunder.js.nodes.ops.CompareNodeGen;
import dev.dunder.js.nodes.ops.ConditionalNode;
import dev.dunder.js.nodes.ops.DeleteNode;
import dev.dunder.js.nodes.ops.InstanceofNodeGen;
import dev.dunder.js.nodes.ops.LogicalNode;
import dev.dunder.js.nodes.ops.OptionalChainNode;
import dev.dunder.js.nodes.ops.PrivateInNode;
import dev.dunder.js.nodes.ops.SequenceNode;
import dev.dunder.js.nodes.ops.ToBooleanNode;
import dev.dunder.js.nodes.ops.UnaryNode;
import dev.dunder.js.nodes.ops.UnaryNodeGen;
import dev.dunder.js.nodes.patterns.ArrayPatternNode;
import dev.dunder.js.nodes.patterns.BindingTargetNode;
import dev.dunder.js.nodes.patterns.DefaultValueTargetNode;
import dev.dunder.js.nodes.patterns.GlobalTargetNode;
import dev.dunder.js.nodes.patterns.InteractiveDeclarationTargetNode;
import dev.dunder.js.nodes.vars.GlobalAccess;
import dev.dunder.js.nodes.patterns.ObjectPatternNode;
import dev.dunder.js.nodes.patterns.PropertyTargetNode;
import dev.dunder.js.nodes.patterns.VariableTargetNode;
import dev.dunder.js.nodes.root.FrameValueNode;
import dev.dunder.js.nodes.root.FunctionRootNode;
import dev.dunder.js.nodes.root.ScriptRootNode;
import dev.dunder.js.nodes.vars.CopyCellNode;
import dev.dunder.js.nodes.vars.InitSlotNode;
import dev.dunder.js.nodes.vars.LocalReadNode;
import dev.dunder.js.nodes.vars.LocalUpdateNode;
import dev.dunder.js.nodes.vars.LocalWriteNode;
import dev.dunder.js.nodes.vars.ReadGlobalNode;
import dev.dunder.js.nodes.vars.ReadVariableNode;
import dev.dunder.js.nodes.vars.Tdz;
import dev.dunder.js.nodes.vars.VariableAccess;
import dev.dunder.js.nodes.vars.WriteVariableNode;
import dev.dunder.js.parser.ast.ClassNode;
import dev.dunder.js.parser.ast.Expr;
import dev.dunder.js.parser.ast.FunctionNode;
import dev.dunder.js.parser.ast.Pattern;
import dev.dunder.js.parser.ast.PropKey;
import dev.dunder.js.parser.ast.Stmt;
import dev.dunder.js.parser.scope.Binding;
import dev.dunder.js.parser.scope.FunctionInfo;
import dev.dunder.js.parser.scope.Scope;
import dev.dunder.js.parser.scope.ScopeAnalyzer;
import dev.dunder.runtime.js.objects.FunctionData;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Operators;

/**
 * AST to Truffle nodes, one function at a time. Every binding the scope analysis found
 * gets a frame slot; captured ones hold Cells. Each scope (function, block, loop
 * head, catch, class) starts with nodes that create its bindings — fresh cells each
 * time it is entered — followed by its hoisted function declarations.
 */
public final class NodeBuilder {
    private final JsLanguage language;
    private final Source source;
    private final ScopeAnalyzer.Result scopes;
    private final Map<Expr, int[]> ranges;
    private final Map<FunctionNode, FunctionData> built = new IdentityHashMap<>();

    private FunctionInfo fn;
    private boolean strict;
    /** Set while building the body of a generator function. */
    private GeneratorBuilder gen;
    /** The frame layout of the function being built; nodes that keep state in the frame add slots. */
    private FrameDescriptor.Builder frame;
    /** Labels waiting for the loop they name. */
    private List<String> pendingLabels = new ArrayList<>();
    /** The kind of the declaration whose targets are being built (REPL top-level declarations need it). */
    private GlobalAccess.DeclarationKind declaring;

    /** Top-level declarations are properties of the global object (a script or REPL input, not a module file). */
    private final boolean globalDeclarations;

    public NodeBuilder(JsLanguage language, Source source, ScopeAnalyzer.Result scopes, Map<Expr, int[]> ranges, boolean globalDeclarations) {
        this.globalDeclarations = globalDeclarations;
        this.language = language;
        this.source = source;
        this.scopes = scopes;
        this.ranges = ranges;
    }

    // ---- roots ---------------------------------------------------------------------------------

    public RootCallTarget buildScript(List<Stmt> body, boolean scriptStrict) {
        fn = scopes.script;
        strict = scriptStrict;
        frame = frameBuilder(fn);
        List<StatementNode> prologue = new ArrayList<>();
        Scope top = fn.getScope();
        for (Binding b : top.getBindings().values()) {
            ExpressionNode init = switch (b.getKind()) {
                case THIS -> new FrameValueNode(globalDeclarations ? FrameValueNode.Kind.GLOBAL_THIS : FrameValueNode.Kind.MODULE_THIS, 0);
                case ARGUMENTS -> new FrameValueNode(FrameValueNode.Kind.ARGUMENTS, 0);
                default -> initialValue(b);
            };
            prologue.add(new InitSlotNode(b.getSlot(), b.isCaptured(), init));
        }
        prologue.addAll(hoistedFunctions(body));
        // the value of a final expression statement is the script's result (what an embedder's eval returns)
        ExpressionNode result = null;
        List<Stmt> statements = body;
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last) {
            statements = body.subList(0, body.size() - 1);
            result = expr(last.expr());
        }
        StatementNode bodyNode = statements.isEmpty() ? new EmptyNode() : block(statements(statements));
        SourceSection section = source.createSection(0, source.getLength());
        ScriptRootNode root = new ScriptRootNode(language, frame.build(), section, new BlockNode(prologue.toArray(new StatementNode[0])), bodyNode, result,
                        source.isInteractive());
        return root.getCallTarget();
    }

    private static FrameDescriptor.Builder frameBuilder(FunctionInfo info) {
        FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
        for (Binding binding : info.getBindings()) {
            binding.setSlot(b.addSlot(FrameSlotKind.Illegal, binding.getName(), null));
        }
        return b;
    }

    /** A new frame slot of the function being built, for a node's own state. */
    int newSlot() {
        return frame.addSlot(FrameSlotKind.Illegal, null, null);
    }

    ScopeAnalyzer.Result scopes() {
        return scopes;
    }

    private static ExpressionNode initialValue(Binding b) {
        return switch (b.getKind()) {
            case LET, CONST, CLASS, CLASS_INNER, PRIVATE -> new ConstantNode(Tdz.INSTANCE);
            default -> new ConstantNode(Undefined.INSTANCE);
        };
    }

    /** The function data (and root) of a function literal, built once. */
    private FunctionData functionData(FunctionNode node) {
        FunctionData existing = built.get(node);
        if (existing != null) {
            return existing;
        }
        FunctionInfo outerFn = fn;
        boolean outerStrict = strict;
        List<String> outerLabels = pendingLabels;
        GeneratorBuilder outerGen = gen;
        FrameDescriptor.Builder outerFrame = frame;
        FunctionInfo info = scopes.functions.get(node);
        fn = info;
        strict = node.strict;
        pendingLabels = new ArrayList<>();
        try {
            frame = frameBuilder(info);
            gen = node.isGenerator ? new GeneratorBuilder(this) : null;
            FunctionData.Kind kind = dataKind(node);
            List<StatementNode> prologue = new ArrayList<>();
            Scope top = info.getScope();
            boolean simple = node.hasSimpleParameters();
            Map<String, Integer> paramIndex = new java.util.HashMap<>();
            for (int i = 0; i < node.params.size(); i++) {
                if (node.params.get(i) instanceof Pattern.Name n) {
                    paramIndex.put(n.name(), i);
                }
            }
            for (Binding b : top.getBindings().values()) {
                ExpressionNode init = switch (b.getKind()) {
                    case THIS -> b.derivedThis ? new ConstantNode(Tdz.INSTANCE)
                                    : new FrameValueNode(node.strict ? FrameValueNode.Kind.THIS_STRICT : FrameValueNode.Kind.THIS_SLOPPY, 0);
                    case NEW_TARGET -> new FrameValueNode(FrameValueNode.Kind.NEW_TARGET, 0);
                    case HOME -> new FrameValueNode(FrameValueNode.Kind.HOME, 0);
                    case FUNC, CALLEE -> new FrameValueNode(FrameValueNode.Kind.CALLEE, 0);
                    case ARGUMENTS -> !node.strict && simple ? new FrameValueNode(mappedParameterSlots(node, top)) : new FrameValueNode(FrameValueNode.Kind.ARGUMENTS, 0);
                    case PARAM -> simple ? new FrameValueNode(FrameValueNode.Kind.ARGUMENT, lastIndexOf(node, b.getName())) : new ConstantNode(Tdz.INSTANCE);
                    default -> initialValue(b);
                };
                prologue.add(new InitSlotNode(b.getSlot(), b.isCaptured(), init));
            }
            if (!simple) {
                for (int i = 0; i < node.params.size(); i++) {
                    BindingTargetNode target = bindingTarget(node.params.get(i), true, null);
                    prologue.add(new BindStatement(target, new FrameValueNode(FrameValueNode.Kind.ARGUMENT, i)));
                }
                if (node.rest != null) {
                    prologue.add(new BindStatement(bindingTarget(node.rest, true, null), new FrameValueNode(FrameValueNode.Kind.REST, node.params.size())));
                }
            }
            prologue.addAll(hoistedFunctions(node.body));
            SourceSection section = source.createSection(node.start, Math.max(0, node.end - node.start));
            String rootName = node.name.isEmpty() ? "" : node.name;
            if (gen != null) {
                StatementNode body = gen.body(node.body);
                GeneratorResumeRootNode resume = new GeneratorResumeRootNode(language, rootName, section, body, gen.slots);
                GeneratorFunctionRootNode root = new GeneratorFunctionRootNode(language, frame.build(), rootName, section,
                                new BlockNode(prologue.toArray(new StatementNode[0])), resume.getCallTarget(), gen.slots);
                FunctionData data = new FunctionData(functionName(node), node.expectedArgumentCount(), kind, node.strict, root.getCallTarget(), source, node.start,
                                node.end);
                built.put(node, data);
                return data;
            }
            StatementNode body = null;
            ExpressionNode expressionBody = null;
            if (node.expressionBody != null) {
                expressionBody = expr(node.expressionBody);
            } else {
                body = block(statements(node.body));
            }
            ExpressionNode derivedThis = null;
            if (kind == FunctionData.Kind.DERIVED_CLASS) {
                Binding thisBinding = top.lookupLocal(ScopeAnalyzer.THIS);
                derivedThis = read(thisBinding, "this", node.pos, true);
            }
            FunctionRootNode root = new FunctionRootNode(language, frame.build(), rootName, section, kind, new BlockNode(prologue.toArray(new StatementNode[0])),
                            body, expressionBody, derivedThis);
            FunctionData data = new FunctionData(functionName(node), node.expectedArgumentCount(), kind, node.strict, root.getCallTarget(), source, node.start,
                            node.end);
            built.put(node, data);
            return data;
        } finally {
            fn = outerFn;
            strict = outerStrict;
            pendingLabels = outerLabels;
            gen = outerGen;
            frame = outerFrame;
        }
    }

    /** For a mapped arguments object: the slot (holding a Cell) of the parameter at each index, -1 for shadowed duplicates. */
    private static int[] mappedParameterSlots(FunctionNode node, Scope top) {
        int[] slots = new int[node.params.size()];
        for (int i = 0; i < slots.length; i++) {
            String name = ((Pattern.Name) node.params.get(i)).name();
            slots[i] = lastIndexOf(node, name) == i ? top.lookupLocal(name).getSlot() : -1;
        }
        return slots;
    }

    private static int lastIndexOf(FunctionNode node, String name) {
        int index = -1;
        for (int i = 0; i < node.params.size(); i++) {
            if (node.params.get(i) instanceof Pattern.Name n && n.name().equals(name)) {
                index = i;
            }
        }
        return index;
    }

    private static String functionName(FunctionNode node) {
        return switch (node.kind) {
            case GETTER -> "get " + node.name;
            case SETTER -> "set " + node.name;
            default -> node.name;
        };
    }

    private static FunctionData.Kind dataKind(FunctionNode node) {
        if (node.isGenerator) {
            return FunctionData.Kind.GENERATOR;
        }
        return switch (node.kind) {
            case NORMAL -> FunctionData.Kind.NORMAL;
            case ARROW -> FunctionData.Kind.ARROW;
            case BASE_CONSTRUCTOR -> FunctionData.Kind.BASE_CLASS;
            case DERIVED_CONSTRUCTOR -> FunctionData.Kind.DERIVED_CLASS;
            default -> FunctionData.Kind.METHOD;
        };
    }

    /** A closure of a function literal in the current function. */
    private MakeFunctionNode makeFunction(FunctionNode node, boolean isMethod) {
        FunctionData data = functionData(node);
        FunctionInfo info = scopes.functions.get(node);
        List<Binding> free = info.getFreeBindings();
        CaptureSource[] captures = new CaptureSource[free.size()];
        for (int i = 0; i < captures.length; i++) {
            Binding b = free.get(i);
            if (b.getFunction() == fn) {
                captures[i] = new CaptureSource(true, b.getSlot());
            } else {
                captures[i] = new CaptureSource(false, fn.freeIndexOf(b));
            }
        }
        return new MakeFunctionNode(data, captures, isMethod);
    }

    // ---- variables ------------------------------------------------------------------------------

    private VariableAccess.Kind accessKind(Binding b) {
        if (b.getFunction() == fn) {
            return b.isCaptured() ? VariableAccess.Kind.LOCAL_CELL : VariableAccess.Kind.LOCAL;
        }
        return VariableAccess.Kind.CAPTURED;
    }

    private int accessIndex(Binding b) {
        return b.getFunction() == fn ? b.getSlot() : fn.freeIndexOf(b);
    }

    private ExpressionNode read(Binding b, String name, int pos, boolean tdzCheck) {
        if (accessKind(b) == VariableAccess.Kind.LOCAL) {
            return LocalReadNode.create(b.getSlot(), tdzCheck && b.needsTdzCheck(), name, pos);
        }
        return new ReadVariableNode(accessKind(b), accessIndex(b), tdzCheck && b.needsTdzCheck(), name, pos);
    }

    /** Is this binding a plain frame slot of the function being built (numbers can stay unboxed)? */
    private boolean isLocalSlot(Binding b) {
        return b != null && accessKind(b) == VariableAccess.Kind.LOCAL;
    }

    /** {@code name = value} (or initialization) of a frame-slot variable, as an expression. */
    private ExpressionNode localWrite(Binding b, WriteVariableNode.Mode mode, ExpressionNode value, int pos) {
        WriteVariableNode.Mode m = write(b, mode).getMode();
        return LocalWriteNode.create(b.getSlot(), m, b.needsTdzCheck(), b.getName(), pos, value);
    }

    private WriteVariableNode write(Binding b, WriteVariableNode.Mode mode) {
        WriteVariableNode.Mode m = mode;
        if (mode == WriteVariableNode.Mode.ASSIGN) {
            if (b.getKind() == Binding.Kind.CALLEE) {
                m = strict ? WriteVariableNode.Mode.ASSIGN_CONST : WriteVariableNode.Mode.ASSIGN_CALLEE_SLOPPY;
            } else if (b.getKind().isConst()) {
                m = WriteVariableNode.Mode.ASSIGN_CONST;
            }
        }
        return new WriteVariableNode(accessKind(b), accessIndex(b), m, b.needsTdzCheck(), b.getName());
    }

    /** Creates the bindings of a scope on entry (and for blocks, its hoisted functions). */
    List<StatementNode> scopeInit(Scope scope) {
        List<StatementNode> out = new ArrayList<>();
        if (scope == null) {
            return out;
        }
        for (Binding b : scope.getBindings().values()) {
            out.add(new InitSlotNode(b.getSlot(), b.isCaptured(), initialValue(b)));
        }
        return out;
    }

    List<StatementNode> hoistedFunctions(List<Stmt> body) {
        List<StatementNode> out = new ArrayList<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDecl f) {
                Binding b = scopes.binding(f);
                if (b == null) {
                    out.add(new BindStatement(new InteractiveDeclarationTargetNode(f.function().name, GlobalAccess.DeclarationKind.FUNCTION), makeFunction(f.function(), false)));
                    continue;
                }
                out.add(new BindStatement(new VariableTargetNode(write(b, WriteVariableNode.Mode.INITIALIZE), f.pos()), makeFunction(f.function(), false)));
            }
        }
        return out;
    }

    // ---- statements ------------------------------------------------------------------------------

    static StatementNode block(List<StatementNode> list) {
        if (list.size() == 1) {
            return list.get(0);
        }
        return new BlockNode(list.toArray(new StatementNode[0]));
    }

    List<StatementNode> statements(List<Stmt> list) {
        List<StatementNode> out = new ArrayList<>(list.size());
        for (Stmt s : list) {
            if (s instanceof Stmt.FunctionDecl) {
                continue;
            }
            out.add(statement(s));
        }
        return out;
    }

    private StatementNode located(StatementNode n, int pos) {
        n.setSourceSection(pos, 1);
        n.markStatement();
        return n;
    }

    StatementNode statement(Stmt s) {
        List<String> labels = pendingLabels;
        pendingLabels = new ArrayList<>();
        StatementNode n = dispatch(s, labels);
        return located(n, s.pos());
    }

    /** A statement, in its resumable form where a generator needs one. */
    private StatementNode dispatch(Stmt s, List<String> labels) {
        return gen != null ? gen.statement(s, labels) : statementRaw(s, labels);
    }

    StatementNode statementRaw(Stmt s, List<String> labels) {
        if (s instanceof Stmt.ExprStmt e) {
            return new ExpressionStatementNode(expr(e.expr()));
        } else if (s instanceof Stmt.VarDecl d) {
            return varDecl(d);
        } else if (s instanceof Stmt.FunctionDecl) {
            return new EmptyNode();
        } else if (s instanceof Stmt.ClassDecl c) {
            Binding b = scopes.binding(c);
            if (b == null) {
                return new BindStatement(new InteractiveDeclarationTargetNode(c.cls().name, GlobalAccess.DeclarationKind.CLASS), classDefinition(c.cls()));
            }
            return new BindStatement(new VariableTargetNode(write(b, WriteVariableNode.Mode.INITIALIZE), c.pos()), classDefinition(c.cls()));
        } else if (s instanceof Stmt.Block b) {
            List<StatementNode> list = scopeInit(scopes.scope(b));
            list.addAll(hoistedFunctions(b.body()));
            list.addAll(statements(b.body()));
            if (list.isEmpty()) {
                return new EmptyNode();
            }
            return block(list);
        } else if (s instanceof Stmt.If i) {
            return new IfNode(condition(i.test()), statement(i.then()), i.otherwise() == null ? null : statement(i.otherwise()));
        } else if (s instanceof Stmt.While w) {
            return new WhileNode(condition(w.test()), loopBody(w.body(), labels), null, true, null);
        } else if (s instanceof Stmt.DoWhile d) {
            return new WhileNode(condition(d.test()), loopBody(d.body(), labels), null, false, null);
        } else if (s instanceof Stmt.For f) {
            return forStatement(f, labels);
        } else if (s instanceof Stmt.ForInOf f) {
            return forInOf(f, labels);
        } else if (s instanceof Stmt.Continue c) {
            return new JumpNode(true, c.label());
        } else if (s instanceof Stmt.Break b) {
            return new JumpNode(false, b.label());
        } else if (s instanceof Stmt.Return r) {
            return new ReturnNode(r.value() == null ? null : expr(r.value()));
        } else if (s instanceof Stmt.Throw t) {
            return new ThrowNode(expr(t.value()), t.pos());
        } else if (s instanceof Stmt.Try t) {
            return tryStatement(t);
        } else if (s instanceof Stmt.Switch sw) {
            return switchStatement(sw, labels);
        } else if (s instanceof Stmt.Labeled l) {
            List<String> all = new ArrayList<>(labels);
            all.add(l.label());
            if (isLoop(l.body())) {
                pendingLabels = all;
                return dispatch(l.body(), all);
            }
            if (l.body() instanceof Stmt.Labeled) {
                pendingLabels = all;
                return new LabeledStatementNode(l.label(), statementRaw(l.body(), all));
            }
            return new LabeledStatementNode(l.label(), statement(l.body()));
        } else if (s instanceof Stmt.Empty) {
            return new EmptyNode();
        }
        throw new IllegalStateException("statement " + s);
    }

    private static boolean isLoop(Stmt s) {
        return s instanceof Stmt.While || s instanceof Stmt.DoWhile || s instanceof Stmt.For || s instanceof Stmt.ForInOf || s instanceof Stmt.Switch;
    }

    LoopBody loopBody(Stmt body, List<String> labels) {
        return new LoopBody(statement(body), labels.toArray(new String[0]));
    }

    ToBooleanNode condition(Expr e) {
        return ToBooleanNode.create(expr(e));
    }

    private StatementNode varDecl(Stmt.VarDecl d) {
        GlobalAccess.DeclarationKind outer = declaring;
        declaring = switch (d.kind()) {
            case VAR -> GlobalAccess.DeclarationKind.VAR;
            case LET -> GlobalAccess.DeclarationKind.LET;
            case CONST -> GlobalAccess.DeclarationKind.CONST;
        };
        try {
            return varDeclarators(d);
        } finally {
            declaring = outer;
        }
    }

    private StatementNode varDeclarators(Stmt.VarDecl d) {
        List<StatementNode> out = new ArrayList<>();
        for (Stmt.Declarator decl : d.declarations()) {
            if (decl.init() == null) {
                if (d.kind() == Stmt.VarKind.VAR) {
                    if (decl.target() instanceof Pattern.Name n && scopes.binding(n) == null && globalDeclarations) {
                        out.add(new BindStatement(new InteractiveDeclarationTargetNode(n.name(), GlobalAccess.DeclarationKind.VAR_NO_INIT),
                                        new ConstantNode(Undefined.INSTANCE)));
                    }
                    continue;
                }
                out.add(new BindStatement(bindingTarget(decl.target(), true, null), new ConstantNode(Undefined.INSTANCE)));
                continue;
            }
            ExpressionNode value = expr(decl.init());
            if (decl.target() instanceof Pattern.Name n && isLocalSlot(scopes.binding(n))) {
                out.add(new ExpressionStatementNode(localWrite(scopes.binding(n), WriteVariableNode.Mode.INITIALIZE, value, n.pos())));
                continue;
            }
            out.add(new BindStatement(bindingTarget(decl.target(), true, sourceText(decl.init())), value));
        }
        if (out.isEmpty()) {
            return new EmptyNode();
        }
        return block(out);
    }

    private StatementNode forStatement(Stmt.For f, List<String> labels) {
        Scope scope = scopes.scope(f);
        List<StatementNode> list = scopeInit(scope);
        if (f.init() != null) {
            list.add(statement(f.init()));
        }
        List<StatementNode> copies = new ArrayList<>();
        if (scope != null) {
            for (Binding b : scope.getBindings().values()) {
                if (b.isCaptured() && b.getKind() == Binding.Kind.LET) {
                    copies.add(new CopyCellNode(b.getSlot()));
                }
            }
        }
        StatementNode perIteration = copies.isEmpty() ? null : block(copies);
        ToBooleanNode test = f.test() == null ? ToBooleanNode.create(new ConstantNode(true)) : condition(f.test());
        StatementNode update = f.update() == null ? null : new ExpressionStatementNode(expr(f.update()));
        list.add(new WhileNode(test, loopBody(f.body(), labels), update, true, perIteration));
        return block(list);
    }

    private StatementNode forInOf(Stmt.ForInOf f, List<String> labels) {
        Scope scope = scopes.scope(f);
        List<StatementNode> entry = new ArrayList<>();
        StatementNode iterationScope = null;
        if (f.kind() != null && f.kind().isLexical()) {
            // the iterable sees the loop variables in their dead zone; each iteration gets fresh ones
            entry.addAll(scopeInit(scope));
            iterationScope = block(scopeInit(scope));
        }
        ExpressionNode iterable = expr(f.iterable());
        BindingTargetNode target = f.kind() != null ? bindingTarget(f.target(), true, null) : bindingTarget(f.target(), false, null);
        LoopBody body = loopBody(f.body(), labels);
        StatementNode loop = f.isOf() ? new ForOfNode(iterable, iterationScope, target, body, sourceText(f.iterable()), f.iterable().pos(), newSlot(), newSlot())
                        : new ForInNode(iterable, iterationScope, target, body);
        entry.add(loop);
        return block(entry);
    }

    private StatementNode tryStatement(Stmt.Try t) {
        StatementNode block = statement(t.block());
        StatementNode result = block;
        if (t.handler() != null) {
            Scope scope = scopes.scope(t);
            List<StatementNode> init = scopeInit(scope);
            BindingTargetNode param = t.param() == null ? null : bindingTarget(t.param(), true, null);
            result = new TryCatchNode(block, init.isEmpty() ? null : block(init), param, statement(t.handler()));
        }
        if (t.finalizer() != null) {
            result = new TryFinallyNode(result, statement(t.finalizer()));
        }
        return result;
    }

    private StatementNode switchStatement(Stmt.Switch sw, List<String> labels) {
        Scope scope = scopes.scope(sw);
        ExpressionNode discriminant = expr(sw.discriminant());
        List<StatementNode> init = scopeInit(scope);
        List<Stmt> all = new ArrayList<>();
        for (Stmt.Case c : sw.cases()) {
            all.addAll(c.body());
        }
        init.addAll(hoistedFunctions(all));
        ExpressionNode[] tests = new ExpressionNode[sw.cases().size()];
        StatementNode[] bodies = new StatementNode[sw.cases().size()];
        int defaultIndex = -1;
        for (int i = 0; i < sw.cases().size(); i++) {
            Stmt.Case c = sw.cases().get(i);
            if (c.test() == null) {
                defaultIndex = i;
            } else {
                tests[i] = expr(c.test());
            }
            List<StatementNode> body = statements(c.body());
            bodies[i] = body.isEmpty() ? new EmptyNode() : block(body);
        }
        return new SwitchNode(discriminant, init.isEmpty() ? null : block(init), tests, bodies, defaultIndex, labels.toArray(new String[0]));
    }

    // ---- binding targets (declarations, parameters, destructuring) ------------------------------------

    /**
     * A target for a pattern. In declarations ({@code declaration} true) names are
     * initialized (ending their dead zone); in assignments they are assigned.
     */
    BindingTargetNode bindingTarget(Pattern p, boolean declaration, String valueText) {
        if (p instanceof Pattern.Name n) {
            Binding b = scopes.binding(n);
            if (b == null) {
                if (declaration && globalDeclarations) {
                    return new InteractiveDeclarationTargetNode(n.name(), declaring == null ? GlobalAccess.DeclarationKind.VAR : declaring);
                }
                return new GlobalTargetNode(n.name(), strict, n.pos());
            }
            return new VariableTargetNode(write(b, declaration ? WriteVariableNode.Mode.INITIALIZE : WriteVariableNode.Mode.ASSIGN), n.pos());
        } else if (p instanceof Pattern.WithDefault d) {
            return new DefaultValueTargetNode(bindingTarget(d.target(), declaration, null), expr(d.defaultValue()));
        } else if (p instanceof Pattern.ExprTarget t) {
            Expr e = AstBuilder.unwrapParens(t.expr());
            if (e instanceof Expr.Member m) {
                return new PropertyTargetNode(expr(m.object()), null, PropertySetNode.create(m.name(), strict, m.pos()), null);
            } else if (e instanceof Expr.Index i) {
                return new PropertyTargetNode(expr(i.object()), expr(i.key()), null, ElementSetNode.create(strict, i.pos()));
            }
            return new AssignExpressionTarget(e, this);
        } else if (p instanceof Pattern.ArrayPattern a) {
            BindingTargetNode[] elements = new BindingTargetNode[a.elements().size()];
            for (int i = 0; i < elements.length; i++) {
                Pattern e = a.elements().get(i);
                elements[i] = e == null ? null : bindingTarget(e, declaration, null);
            }
            BindingTargetNode rest = a.rest() == null ? null : bindingTarget(a.rest(), declaration, null);
            return new ArrayPatternNode(elements, rest, valueText, a.pos());
        } else if (p instanceof Pattern.ObjectPattern o) {
            int n = o.props().size();
            Object[] keys = new Object[n];
            ExpressionNode[] computed = new ExpressionNode[n];
            BindingTargetNode[] targets = new BindingTargetNode[n];
            for (int i = 0; i < n; i++) {
                Pattern.PropPattern pp = o.props().get(i);
                if (pp.key().isComputed()) {
                    computed[i] = expr(pp.key().computed());
                } else {
                    keys[i] = pp.key().name();
                }
                targets[i] = bindingTarget(pp.value(), declaration, null);
            }
            BindingTargetNode rest = o.rest() == null ? null : bindingTarget(o.rest(), declaration, null);
            int firstPos = n > 0 ? o.props().get(0).pos() : o.pos();
            boolean firstHasDefault = n > 0 && o.props().get(0).value() instanceof Pattern.WithDefault;
            return new ObjectPatternNode(keys, computed, targets, rest, firstPos, valueText, firstHasDefault);
        }
        throw new IllegalStateException("pattern " + p);
    }

    /** Binds a value computed by an expression to a target: declarations with initializers, parameters. */
    static final class BindStatement extends StatementNode {
        @Child private BindingTargetNode target;
        @Child private ExpressionNode value;

        BindStatement(BindingTargetNode target, ExpressionNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public void executeVoid(com.oracle.truffle.api.frame.VirtualFrame frame) {
            target.execute(frame, value.executeGeneric(frame));
        }
    }

    /** Private and super members as destructuring targets: assigns through the generic assignment nodes. */
    static final class AssignExpressionTarget extends BindingTargetNode {
        private final Expr target;
        private final NodeBuilder builder;
        @Child private ExpressionNode assignment;
        private final ValueHolder holder = new ValueHolder();

        AssignExpressionTarget(Expr target, NodeBuilder builder) {
            this.target = target;
            this.builder = builder;
            this.assignment = builder.simpleAssignment(target, holder);
        }

        @Override
        public void execute(com.oracle.truffle.api.frame.VirtualFrame frame, Object value) {
            holder.value = value;
            assignment.executeGeneric(frame);
        }

        Expr getTarget() {
            return target;
        }

        NodeBuilder getBuilder() {
            return builder;
        }
    }

    /** Hands a value computed elsewhere to an expression node tree. */
    static final class ValueHolder extends ExpressionNode {
        Object value;

        @Override
        public Object executeGeneric(com.oracle.truffle.api.frame.VirtualFrame frame) {
            return value;
        }
    }

    // ---- expressions ------------------------------------------------------------------------------

    String sourceText(Expr e) {
        int[] r = ranges.get(e);
        if (r == null) {
            return "(intermediate value)";
        }
        return source.getCharacters().subSequence(r[0], r[1]).toString();
    }

    /** How V8 names a callee in "x is not a function". */
    private String calleeText(Expr e) {
        if (e instanceof Expr.Ident id) {
            return id.name();
        } else if (e instanceof Expr.Member m) {
            return calleeText(m.object()) + "." + m.name();
        } else if (e instanceof Expr.Index i) {
            if (i.key() instanceof Expr.Str s) {
                return calleeText(i.object()) + "." + s.value();
            }
            return calleeText(i.object()) + "[" + sourceText(i.key()) + "]";
        } else if (e instanceof Expr.PrivateMember pm) {
            return calleeText(pm.object()) + "." + pm.name();
        } else if (e instanceof Expr.This) {
            return "this";
        } else if (e instanceof Expr.Call c) {
            return calleeText(c.callee()) + "(...)";
        } else if (e instanceof Expr.Paren p) {
            return calleeText(p.expr());
        } else if (e instanceof Expr.SuperMember sm) {
            return "(intermediate value)." + (sm.name() != null ? sm.name() : "<computed>");
        } else if (e instanceof Expr.OptionalChain oc) {
            return calleeText(oc.expr());
        } else if (e instanceof Expr.Str s) {
            return "\"" + s.value() + "\"";
        } else if (e instanceof Expr.Num n) {
            return dev.dunder.runtime.js.ops.NumberToString.toString(n.value());
        } else if (e instanceof Expr.Bool b) {
            return String.valueOf(b.value());
        } else if (e instanceof Expr.Null) {
            return "null";
        }
        return "(intermediate value)";
    }

    ExpressionNode expr(Expr e) {
        if (gen != null && gen.savesValueOf(e)) {
            return gen.saved(e);
        }
        ExpressionNode n = exprRaw(e);
        n.setSourceSection(e.pos(), 1);
        return n;
    }

    private ExpressionNode[] exprs(List<Expr> list) {
        ExpressionNode[] out = new ExpressionNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i) == null ? null : expr(list.get(i));
        }
        return out;
    }

    ExpressionNode exprRaw(Expr e) {
        if (e instanceof Expr.Num n) {
            return new ConstantNode(dev.dunder.runtime.js.ops.Conversions.normalizeNumber(n.value()));
        } else if (e instanceof Expr.Str s) {
            return new ConstantNode(s.value());
        } else if (e instanceof Expr.Bool b) {
            return new ConstantNode(b.value());
        } else if (e instanceof Expr.Null) {
            return new ConstantNode(Null.INSTANCE);
        } else if (e instanceof Expr.Ident id) {
            return identifier(id, false);
        } else if (e instanceof Expr.This t) {
            Binding b = scopes.binding(t);
            return read(b, "this", t.pos(), true);
        } else if (e instanceof Expr.NewTarget nt) {
            Binding b = scopes.binding(nt);
            return b == null ? new ConstantNode(Undefined.INSTANCE) : read(b, "new.target", nt.pos(), false);
        } else if (e instanceof Expr.Template t) {
            return new TemplateNode(t.cooked().toArray(new String[0]), exprs(t.substitutions()), t.pos());
        } else if (e instanceof Expr.Regex r) {
            return new RegExpLiteralNode(r.pattern(), r.flags());
        } else if (e instanceof Expr.ArrayLit a) {
            return arrayLiteral(a);
        } else if (e instanceof Expr.ObjectLit o) {
            return objectLiteral(o);
        } else if (e instanceof Expr.Func f) {
            return makeFunction(f.function(), false);
        } else if (e instanceof Expr.ClassExpr c) {
            return classDefinition(c.cls());
        } else if (e instanceof Expr.Unary u) {
            return unary(u);
        } else if (e instanceof Expr.Update u) {
            if (AstBuilder.unwrapParens(u.target()) instanceof Expr.Ident id && isLocalSlot(scopes.binding(id))) {
                Binding b = scopes.binding(id);
                boolean constant = write(b, WriteVariableNode.Mode.ASSIGN).getMode() != WriteVariableNode.Mode.ASSIGN;
                return LocalUpdateNode.create(b.getSlot(), u.increment(), u.prefix(), constant, b.needsTdzCheck(), id.name(), u.pos());
            }
            return new CompoundAssignNode.Update(reference(u.target(), u.pos()), u.increment(), u.prefix(), u.pos());
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.Logical l) {
            LogicalNode.Kind kind = switch (l.op()) {
                case "&&" -> LogicalNode.Kind.AND;
                case "||" -> LogicalNode.Kind.OR;
                default -> LogicalNode.Kind.NULLISH;
            };
            return new LogicalNode(kind, expr(l.left()), expr(l.right()));
        } else if (e instanceof Expr.Conditional c) {
            return new ConditionalNode(condition(c.test()), expr(c.then()), expr(c.otherwise()));
        } else if (e instanceof Expr.Assign a) {
            return assignment(a);
        } else if (e instanceof Expr.Sequence s) {
            return new SequenceNode(exprs(s.exprs()));
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.New n) {
            return new NewNode(expr(n.callee()), arguments(n.args(), n.pos()), calleeText(n.callee()), n.pos());
        } else if (e instanceof Expr.Member m) {
            return new MemberReadNode.Named(expr(m.object()), m.name(), m.pos(), m.optional());
        } else if (e instanceof Expr.Index i) {
            return new MemberReadNode.Keyed(expr(i.object()), expr(i.key()), i.pos(), i.optional());
        } else if (e instanceof Expr.PrivateMember pm) {
            return new MemberReadNode.Private(expr(pm.object()), privateName(pm, pm.name(), pm.pos()), pm.pos(), pm.optional());
        } else if (e instanceof Expr.SuperMember sm) {
            return new MemberReadNode.Super(superHome(sm), superThis(sm), sm.name(), sm.key() == null ? null : expr(sm.key()), sm.pos());
        } else if (e instanceof Expr.SuperCall sc) {
            return superCall(sc);
        } else if (e instanceof Expr.PrivateIn pi) {
            return new PrivateInNode(privateName(pi, pi.name(), pi.pos()), expr(pi.object()), pi.pos());
        } else if (e instanceof Expr.OptionalChain oc) {
            return new OptionalChainNode(expr(oc.expr()));
        } else if (e instanceof Expr.TaggedTemplate t) {
            return taggedTemplate(t);
        } else if (e instanceof Expr.Paren p) {
            return exprRaw(p.expr());
        } else if (e instanceof Expr.Spread s) {
            throw new JsSyntaxError("Unexpected token '...'", s.pos(), 3);
        } else if (e instanceof Expr.Yield y) {
            if (gen == null) {
                throw new JsSyntaxError("Yield expression not allowed here", y.pos(), 5);
            }
            return gen.yield(y);
        }
        throw new IllegalStateException("expression " + e);
    }

    private ExpressionNode identifier(Expr.Ident id, boolean forTypeof) {
        Binding b = scopes.binding(id);
        if (b == null) {
            if (id.name().equals("undefined")) {
                return new ConstantNode(Undefined.INSTANCE);
            }
            return ReadGlobalNode.create(id.name(), id.pos(), forTypeof);
        }
        return read(b, id.name(), id.pos(), true);
    }

    private ExpressionNode privateName(Object site, String name, int pos) {
        Binding b = scopes.binding(site);
        return read(b, name, pos, false);
    }

    private ExpressionNode superHome(Expr site) {
        Binding b = scopes.binding(site);
        if (b == null) {
            throw new JsSyntaxError("'super' keyword unexpected here", site.pos(), 5);
        }
        return read(b, "%home", site.pos(), false);
    }

    private ExpressionNode superThis(Expr site) {
        Binding b = scopes.superThis.get(site);
        return read(b, "this", site.pos(), true);
    }

    private ExpressionNode superCall(Expr.SuperCall sc) {
        Binding func = scopes.binding(sc);
        Binding thisBinding = scopes.superThis.get(sc);
        Binding newTarget = scopes.superNewTarget.get(sc);
        if (func == null || thisBinding == null || !thisBinding.derivedThis) {
            throw new JsSyntaxError("'super' keyword unexpected here", sc.pos(), 5);
        }
        ExpressionNode currentThis = ReadVariableNode.raw(accessKind(thisBinding), accessIndex(thisBinding), "this", sc.pos());
        return new SuperCallNode(read(func, "%func", sc.pos(), false), read(newTarget, "new.target", sc.pos(), false),
                        currentThis, write(thisBinding, WriteVariableNode.Mode.INITIALIZE), arguments(sc.args(), sc.pos()), sc.pos());
    }

    private ArgumentListNode arguments(List<Expr> args, int pos) {
        ExpressionNode[] nodes = new ExpressionNode[args.size()];
        boolean[] spread = new boolean[args.size()];
        String[] texts = new String[args.size()];
        for (int i = 0; i < nodes.length; i++) {
            Expr a = args.get(i);
            if (a instanceof Expr.Spread s) {
                spread[i] = true;
                texts[i] = sourceText(s.expr());
                nodes[i] = expr(s.expr());
            } else {
                nodes[i] = expr(a);
            }
        }
        return new ArgumentListNode(nodes, spread, texts, pos);
    }

    private ExpressionNode call(Expr.Call c) {
        Expr callee = AstBuilder.unwrapParens(c.callee());
        ArgumentListNode args = arguments(c.args(), c.pos());
        String text = calleeText(c.callee());
        if (callee instanceof Expr.Member m) {
            return new CallNode(expr(m.object()), new CalleeNode.Named(m.name(), m.pos(), m.optional()), args, text, c.pos(), c.optional());
        } else if (callee instanceof Expr.Index i) {
            return new CallNode(expr(i.object()), new CalleeNode.Keyed(expr(i.key()), i.pos(), i.optional()), args, text, c.pos(), c.optional());
        } else if (callee instanceof Expr.PrivateMember pm) {
            return new CallNode(expr(pm.object()), new CalleeNode.Private(privateName(pm, pm.name(), pm.pos()), pm.pos(), pm.optional()), args, text, c.pos(),
                            c.optional());
        } else if (callee instanceof Expr.SuperMember sm) {
            return new CallNode(superHome(sm), new CalleeNode.Super(sm.name(), sm.key() == null ? null : expr(sm.key()), superThis(sm)), args, text, c.pos(),
                            c.optional());
        }
        return new CallNode(expr(c.callee()), args, text, c.pos(), c.optional());
    }

    private ExpressionNode taggedTemplate(Expr.TaggedTemplate t) {
        Expr tag = AstBuilder.unwrapParens(t.tag());
        String[] cooked = t.quasi().cooked().toArray(new String[0]);
        String[] raw = t.quasi().raw().toArray(new String[0]);
        ExpressionNode[] subs = exprs(t.quasi().substitutions());
        String text = calleeText(t.tag());
        if (tag instanceof Expr.Member m) {
            return new TaggedTemplateNode(expr(m.object()), new CalleeNode.Named(m.name(), m.pos(), false), null, cooked, raw, subs, text, t.pos());
        }
        return new TaggedTemplateNode(null, null, expr(t.tag()), cooked, raw, subs, text, t.pos());
    }

    private ExpressionNode unary(Expr.Unary u) {
        switch (u.op()) {
            case "typeof": {
                ExpressionNode operand = u.operand() instanceof Expr.Ident id ? identifier(id, true) : expr(u.operand());
                return UnaryNodeGen.create(UnaryNode.Op.TYPEOF, u.pos(), operand);
            }
            case "delete":
                return delete(u);
            case "-":
                return UnaryNodeGen.create(UnaryNode.Op.NEG, u.pos(), expr(u.operand()));
            case "+":
                return UnaryNodeGen.create(UnaryNode.Op.PLUS, u.pos(), expr(u.operand()));
            case "!":
                return UnaryNodeGen.create(UnaryNode.Op.NOT, u.pos(), expr(u.operand()));
            case "~":
                return UnaryNodeGen.create(UnaryNode.Op.BIT_NOT, u.pos(), expr(u.operand()));
            default:
                return UnaryNodeGen.create(UnaryNode.Op.VOID, u.pos(), expr(u.operand()));
        }
    }

    private ExpressionNode delete(Expr.Unary u) {
        Expr target = AstBuilder.unwrapParens(u.operand());
        boolean chain = false;
        if (target instanceof Expr.OptionalChain oc) {
            target = oc.expr();
            chain = true;
        }
        ExpressionNode node;
        if (target instanceof Expr.Member m) {
            node = DeleteNode.property(expr(m.object()), m.name(), null, strict, u.pos(), m.optional());
        } else if (target instanceof Expr.Index i) {
            node = DeleteNode.property(expr(i.object()), null, expr(i.key()), strict, u.pos(), i.optional());
        } else if (target instanceof Expr.Ident id) {
            Binding b = scopes.binding(id);
            return b == null ? DeleteNode.global(id.name()) : DeleteNode.other(null, false);
        } else {
            node = DeleteNode.other(expr(target), true);
        }
        return chain ? new OptionalChainNode(node, true) : node;
    }

    private static Operators.Op binaryOp(String op) {
        return switch (op) {
            case "+" -> Operators.Op.ADD;
            case "-" -> Operators.Op.SUB;
            case "*" -> Operators.Op.MUL;
            case "/" -> Operators.Op.DIV;
            case "%" -> Operators.Op.MOD;
            case "**" -> Operators.Op.EXP;
            case "<<" -> Operators.Op.SHL;
            case ">>" -> Operators.Op.SHR;
            case ">>>" -> Operators.Op.USHR;
            case "&" -> Operators.Op.BIT_AND;
            case "|" -> Operators.Op.BIT_OR;
            case "^" -> Operators.Op.BIT_XOR;
            case "<" -> Operators.Op.LT;
            case ">" -> Operators.Op.GT;
            case "<=" -> Operators.Op.LE;
            case ">=" -> Operators.Op.GE;
            case "==" -> Operators.Op.EQ;
            case "!=" -> Operators.Op.NE;
            case "===" -> Operators.Op.STRICT_EQ;
            case "!==" -> Operators.Op.STRICT_NE;
            case "instanceof" -> Operators.Op.INSTANCEOF;
            case "in" -> Operators.Op.IN;
            default -> throw new IllegalStateException(op);
        };
    }

    private ExpressionNode binaryNode(Operators.Op op, ExpressionNode l, ExpressionNode r, int pos) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, MOD, EXP -> ArithmeticNodeGen.create(op, pos, l, r);
            case SHL, SHR, USHR, BIT_AND, BIT_OR, BIT_XOR -> BitwiseNodeGen.create(op, pos, l, r);
            case INSTANCEOF, IN -> InstanceofNodeGen.create(op, pos, l, r);
            default -> CompareNodeGen.create(op, pos, l, r);
        };
    }

    private ExpressionNode binary(Expr.Binary b) {
        Operators.Op op = binaryOp(b.op());
        return binaryNode(op, expr(b.left()), expr(b.right()), b.pos());
    }

    private ExpressionNode assignment(Expr.Assign a) {
        if (a.op().equals("=")) {
            if (a.target() instanceof Pattern.ExprTarget t) {
                return simpleAssignment(AstBuilder.unwrapParens(t.expr()), expr(a.value()), a.pos());
            }
            if (a.target() instanceof Pattern.Name n) {
                Binding b = scopes.binding(n);
                if (b == null) {
                    return new AssignNode.Global(expr(a.value()), n.name(), strict, n.pos());
                }
                if (isLocalSlot(b)) {
                    return localWrite(b, WriteVariableNode.Mode.ASSIGN, expr(a.value()), a.pos());
                }
                return new AssignNode.Variable(expr(a.value()), write(b, WriteVariableNode.Mode.ASSIGN), a.pos());
            }
            return new AssignNode.Pattern(bindingTarget(a.target(), false, null), expr(a.value()));
        }
        Expr targetExpr = a.target() instanceof Pattern.Name n ? new Expr.Ident(n.pos(), n.name()) : ((Pattern.ExprTarget) a.target()).expr();
        if (a.target() instanceof Pattern.Name n && isLocalSlot(scopes.binding(n)) && !a.op().endsWith("&&=") && !a.op().endsWith("||=") && !a.op().endsWith("??=")) {
            // x op= v on a frame slot: read, compute, write, with numbers unboxed
            Binding b = scopes.binding(n);
            Operators.Op op = binaryOp(a.op().substring(0, a.op().length() - 1));
            ExpressionNode compute = binaryNode(op, read(b, n.name(), n.pos(), true), expr(a.value()), a.pos());
            return localWrite(b, WriteVariableNode.Mode.ASSIGN, compute, a.pos());
        }
        ReferenceNode ref = a.target() instanceof Pattern.Name n ? variableReference(n, a.pos()) : reference(targetExpr, a.pos());
        String op = a.op();
        if (op.equals("&&=") || op.equals("||=") || op.equals("??=")) {
            return new CompoundAssignNode.Logical(ref, expr(a.value()), op);
        }
        return new CompoundAssignNode.Arithmetic(ref, expr(a.value()), binaryOp(op.substring(0, op.length() - 1)), a.pos());
    }

    /** {@code target = value} for a member target; the value node may be a holder for destructuring. */
    ExpressionNode simpleAssignment(Expr target, ExpressionNode value) {
        return simpleAssignment(target, value, target.pos());
    }

    private ExpressionNode simpleAssignment(Expr target, ExpressionNode value, int pos) {
        if (target instanceof Expr.Member m) {
            return new AssignNode.Property(expr(m.object()), value, PropertySetNode.create(m.name(), strict, pos));
        } else if (target instanceof Expr.Index i) {
            return new AssignNode.Element(expr(i.object()), expr(i.key()), value, ElementSetNode.create(strict, pos));
        } else if (target instanceof Expr.PrivateMember pm) {
            return new AssignNode.Private(expr(pm.object()), privateName(pm, pm.name(), pm.pos()), value, pm.pos());
        } else if (target instanceof Expr.SuperMember sm) {
            return new AssignNode.Super(superHome(sm), superThis(sm), sm.name(), sm.key() == null ? null : expr(sm.key()), value, pos);
        }
        throw new JsSyntaxError("Invalid left-hand side in assignment", target.pos(), 1);
    }

    private ReferenceNode variableReference(Pattern.Name n, int opPos) {
        Binding b = scopes.binding(n);
        if (b == null) {
            return new ReferenceNode.Global(n.name(), strict, n.pos(), opPos);
        }
        return new ReferenceNode.Variable(read(b, n.name(), n.pos(), true), write(b, WriteVariableNode.Mode.ASSIGN), opPos);
    }

    /** A reference for compound assignment and update; reads of a missing base fail at the object, as V8 reports. */
    private ReferenceNode reference(Expr target, int opPos) {
        Expr t = AstBuilder.unwrapParens(target);
        if (t instanceof Expr.Ident id) {
            Binding b = scopes.binding(id);
            if (b == null) {
                return new ReferenceNode.Global(id.name(), strict, id.pos(), opPos);
            }
            return new ReferenceNode.Variable(read(b, id.name(), id.pos(), true), write(b, WriteVariableNode.Mode.ASSIGN), opPos);
        } else if (t instanceof Expr.Member m) {
            int objPos = m.object().pos();
            return new ReferenceNode.Property(expr(m.object()), PropertyGetNode.create(m.name(), objPos), PropertySetNode.create(m.name(), strict, opPos));
        } else if (t instanceof Expr.Index i) {
            int objPos = i.object().pos();
            return new ReferenceNode.Element(expr(i.object()), expr(i.key()), ElementGetNode.create(objPos), ElementSetNode.create(strict, opPos));
        } else if (t instanceof Expr.PrivateMember pm) {
            return new ReferenceNode.Private(expr(pm.object()), privateName(pm, pm.name(), pm.pos()), pm.pos());
        } else if (t instanceof Expr.SuperMember sm) {
            return new ReferenceNode.Super(superHome(sm), superThis(sm), sm.name(), sm.key() == null ? null : expr(sm.key()), opPos);
        }
        throw new JsSyntaxError("Invalid left-hand side in assignment", target.pos(), 1);
    }

    private ExpressionNode arrayLiteral(Expr.ArrayLit a) {
        int n = a.elements().size();
        ExpressionNode[] elements = new ExpressionNode[n];
        boolean[] spread = new boolean[n];
        String[] texts = new String[n];
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            Expr el = a.elements().get(i);
            if (el == null) {
                continue;
            }
            if (el instanceof Expr.Spread s) {
                spread[i] = true;
                texts[i] = sourceText(s.expr());
                positions[i] = s.expr().pos();
                elements[i] = expr(s.expr());
            } else {
                elements[i] = expr(el);
            }
        }
        return new ArrayLiteralNode(elements, spread, texts, positions);
    }

    private ExpressionNode objectLiteral(Expr.ObjectLit o) {
        List<ObjectMemberNode> members = new ArrayList<>();
        for (Expr.Prop p : o.props()) {
            if (p instanceof Expr.DataProp dp) {
                PropKey key = dp.key();
                if (dp.kind().equals("proto")) {
                    members.add(new ObjectMemberNode.Proto(expr(dp.value())));
                    continue;
                }
                ExpressionNode value;
                if (dp.isMethod()) {
                    value = makeFunction(((Expr.Func) dp.value()).function(), true);
                } else {
                    value = expr(dp.value());
                }
                if (dp.kind().equals("get") || dp.kind().equals("set")) {
                    members.add(new ObjectMemberNode.AccessorMember(key.isComputed() ? null : key.name(), key.isComputed() ? expr(key.computed()) : null,
                                    (MakeFunctionNode) value, dp.kind().equals("get")));
                } else if (key.isComputed()) {
                    boolean anonymous = isAnonymousFunction(dp.value());
                    members.add(new ObjectMemberNode.Computed(expr(key.computed()), value, anonymous));
                } else {
                    members.add(ObjectMemberNode.Data.create(key.name(), value));
                }
            } else if (p instanceof Expr.SpreadProp sp) {
                members.add(new ObjectMemberNode.Spread(expr(sp.expr())));
            }
        }
        return new ObjectLiteralNode(members.toArray(new ObjectMemberNode[0]));
    }

    private static boolean isAnonymousFunction(Expr e) {
        return (e instanceof Expr.Func f && f.function().name.isEmpty()) || (e instanceof Expr.ClassExpr c && c.cls().name.isEmpty());
    }

    // ---- classes ------------------------------------------------------------------------------------

    private ExpressionNode classDefinition(ClassNode cls) {
        Scope scope = scopes.scope(cls);
        List<StatementNode> init = scopeInit(scope);
        List<String> privates = new ArrayList<>();
        List<Boolean> isMethod = new ArrayList<>();
        List<Boolean> isAccessor = new ArrayList<>();
        List<WriteVariableNode> privateWrites = new ArrayList<>();
        for (ClassNode.Member m : cls.members) {
            PropKey key = m instanceof ClassNode.Method md ? md.key() : m instanceof ClassNode.Field f ? f.key() : null;
            if (key != null && key.isPrivate() && !privates.contains(key.name())) {
                privates.add(key.name());
                boolean method = m instanceof ClassNode.Method;
                boolean accessor = m instanceof ClassNode.Method md2 && (md2.function().kind == FunctionNode.Kind.GETTER || md2.function().kind == FunctionNode.Kind.SETTER);
                isMethod.add(method);
                isAccessor.add(accessor);
                privateWrites.add(write(scopes.binding(key), WriteVariableNode.Mode.INITIALIZE));
            }
        }
        ExpressionNode superClass = cls.superClass == null ? null : expr(cls.superClass);
        int superPos = cls.superClass == null ? cls.pos : cls.superClass.pos();
        cls.constructor.name = cls.name;
        MakeFunctionNode constructor = makeFunction(cls.constructor, false);
        List<ClassMemberNode> members = new ArrayList<>();
        for (ClassNode.Member m : cls.members) {
            if (m instanceof ClassNode.Method md) {
                PropKey key = md.key();
                String accessor = md.function().kind == FunctionNode.Kind.GETTER ? "get" : md.function().kind == FunctionNode.Kind.SETTER ? "set" : null;
                members.add(new ClassMemberNode.Method(md.isStatic(), literalKey(key), computedKey(key), makeFunction(md.function(), true), accessor));
            } else if (m instanceof ClassNode.Field f) {
                PropKey key = f.key();
                members.add(new ClassMemberNode.Field(f.isStatic(), literalKey(key), computedKey(key), f.initializer() == null ? null : makeFunction(f.initializer(), true)));
            } else if (m instanceof ClassNode.StaticBlock sb) {
                members.add(new ClassMemberNode.StaticBlock(makeFunction(sb.body(), true)));
            }
        }
        WriteVariableNode innerName = null;
        if (cls.hasBinding) {
            innerName = write(scopes.binding(cls), WriteVariableNode.Mode.INITIALIZE);
        }
        boolean[] methodFlags = new boolean[privates.size()];
        boolean[] accessorFlags = new boolean[privates.size()];
        for (int i = 0; i < privates.size(); i++) {
            methodFlags[i] = isMethod.get(i);
            accessorFlags[i] = isAccessor.get(i);
        }
        return new ClassDefinitionNode(init.isEmpty() ? null : block(init), privates.toArray(new String[0]), methodFlags, accessorFlags,
                        privateWrites.toArray(new WriteVariableNode[0]), superClass, superPos, constructor, members.toArray(new ClassMemberNode[0]), innerName, cls.name);
    }

    private static Object literalKey(PropKey key) {
        return key.isComputed() || key.isPrivate() ? null : key.name();
    }

    private ExpressionNode computedKey(PropKey key) {
        if (key.isComputed()) {
            return expr(key.computed());
        }
        if (key.isPrivate()) {
            return read(scopes.binding(key), key.name(), key.pos(), false);
        }
        return null;
    }
}
