package dev.dunder.python.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.source.Source;

import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.root.ClassBodyRootNode;
import dev.dunder.python.nodes.root.GeneratorResumeRootNode;
import dev.dunder.python.nodes.root.ModuleRootNode;
import dev.dunder.python.nodes.root.PythonRootNode;
import dev.dunder.python.nodes.vars.FrameLayout;
import dev.dunder.python.parser.PythonParsing;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.builtins.MathModule;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PGenerator;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * The interpreter services the runtime asks for: imports (builtin modules, the
 * stdlib written in Python, and {@code .py} files next to the main script), eval/exec,
 * and the calling frame's namespaces for globals()/locals()/vars()/dir().
 */
final class Interpreter implements PythonContext.Interpreter {
    private static final String STDLIB = "/dunder/stdlib/python/";

    private final PythonLanguage language;
    private final PythonContext ctx;
    private final Env env;

    Interpreter(PythonLanguage language, PythonContext ctx, Env env) {
        this.language = language;
        this.ctx = ctx;
        this.env = env;
    }

    @Override
    @TruffleBoundary
    public PModule importModule(String name) {
        Object existing = ctx.getModules().getItem(name);
        if (existing instanceof PModule m) {
            return m;
        }
        PModule builtin = switch (name) {
            case "math" -> MathModule.create();
            case "time" -> dev.dunder.runtime.python.builtins.TimeModule.create();
            case "_dunder" -> dev.dunder.runtime.python.builtins.DunderModule.create();
            case "polyglot" -> dev.dunder.runtime.python.builtins.PolyglotModule.create(ctx);
            default -> null;
        };
        if (builtin != null) {
            ctx.getModules().setItem(name, builtin);
            return builtin;
        }
        Source source = findSource(name);
        if (source == null) {
            PBaseException e = PyErrors.newException(PyTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
            DynamicObjectLibrary.getUncached().put(e, "name", name);
            throw PyErrors.toThrow(e);
        }
        PModule module = new PModule(name);
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        lib.put(module, "__name__", name);
        lib.put(module, "__doc__", dev.dunder.runtime.python.objects.PNone.NONE);
        lib.put(module, "__file__", source.getPath() != null ? source.getPath() : source.getName());
        ctx.getModules().setItem(name, module);
        try {
            ModuleRootNode root = PythonParsing.parse(language, source, PythonParsing.Mode.FILE);
            root.getCallTarget().call(module);
        } catch (RuntimeException e) {
            ctx.getModules().removeItem(name);
            throw e;
        }
        return module;
    }

    private Source findSource(String name) {
        String resource = STDLIB + name.replace('.', '/') + ".py";
        try (InputStream in = Interpreter.class.getResourceAsStream(resource)) {
            if (in != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return Source.newBuilder(PythonLanguage.ID, text, name + ".py").internal(false).build();
            }
        } catch (IOException e) {
            // fall through to files
        }
        if (ctx.getMainDirectory() == null) {
            return null;
        }
        try {
            String dir = ctx.getMainDirectory().isEmpty() ? "." : ctx.getMainDirectory();
            TruffleFile file = env.getPublicTruffleFile(dir).resolve(name.replace('.', '/') + ".py");
            if (file.exists() && file.isRegularFile()) {
                return Source.newBuilder(PythonLanguage.ID, file).build();
            }
        } catch (SecurityException | IOException | UnsupportedOperationException e) {
            // file access not allowed: no such module
        }
        return null;
    }

    @Override
    @TruffleBoundary
    public Object evaluate(String text, PModule globals, Object locals, boolean exec, String filename) {
        Source source = Source.newBuilder(PythonLanguage.ID, text, filename).build();
        boolean separateLocals = locals != null && !(locals instanceof PDict d && d.getStorage() instanceof AttributeDictStorage as && as.getOwner() == globals);
        PythonParsing.Mode mode = !exec ? PythonParsing.Mode.EVAL : separateLocals ? PythonParsing.Mode.NAMESPACE : PythonParsing.Mode.FILE;
        ModuleRootNode root = PythonParsing.parse(language, source, mode);
        if (!exec && separateLocals) {
            // eval with separate locals: names are read through the locals mapping
            root = PythonParsing.parse(language, source, PythonParsing.Mode.EVAL);
        }
        return root.getCallTarget().call(globals, separateLocals ? locals : null);
    }

    @Override
    @TruffleBoundary
    public PModule callerGlobals() {
        Frame f = callerFrame();
        if (f == null) {
            return ContextSetup.mainModule(ctx);
        }
        return (PModule) f.getObject(FrameLayout.GLOBALS);
    }

    @Override
    @TruffleBoundary
    public Object callerLocals() {
        Object[] found = new Object[2];
        Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            RootNode root = ((com.oracle.truffle.api.RootCallTarget) fi.getCallTarget()).getRootNode();
            if (root instanceof PythonRootNode) {
                found[0] = root;
                found[1] = frameOf(fi, root);
                return fi;
            }
            return null;
        });
        if (found[1] == null) {
            return AttributeDictStorage.viewOf(ContextSetup.mainModule(ctx));
        }
        Frame f = (Frame) found[1];
        Object ns = f.getObject(FrameLayout.NAMESPACE);
        if (ns != null) {
            return ns;
        }
        if (found[0] instanceof ModuleRootNode) {
            return AttributeDictStorage.viewOf((PModule) f.getObject(FrameLayout.GLOBALS));
        }
        return snapshot(f);
    }

    /** A function frame's locals as a new dict (CPython's locals() in a function is a snapshot too). */
    private static PDict snapshot(Frame f) {
        PDict d = new PDict();
        FrameDescriptor fd = f.getFrameDescriptor();
        for (int i = FrameLayout.FIRST_LOCAL; i < fd.getNumberOfSlots(); i++) {
            Object name = fd.getSlotName(i);
            if (!(name instanceof String n) || n.startsWith("<") || n.startsWith(".")) {
                continue;
            }
            Object v = f.getValue(i);
            if (v instanceof Cell c) {
                v = c.isEmpty() ? null : c.get();
            }
            if (v != null) {
                d.setItem(n, v);
            }
        }
        return d;
    }

    private static Frame callerFrame() {
        return Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            RootNode root = ((com.oracle.truffle.api.RootCallTarget) fi.getCallTarget()).getRootNode();
            if (root instanceof PythonRootNode) {
                return frameOf(fi, root);
            }
            return null;
        });
    }

    private static Frame frameOf(FrameInstance fi, RootNode root) {
        Frame f = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        if (root instanceof GeneratorResumeRootNode) {
            return ((PGenerator) f.getArguments()[0]).getFrame();
        }
        return f;
    }

    static boolean isClassBody(RootNode root) {
        return root instanceof ClassBodyRootNode;
    }
}
