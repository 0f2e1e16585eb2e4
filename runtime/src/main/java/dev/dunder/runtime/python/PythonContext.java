package dev.dunder.runtime.python;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.common.GuestOutput;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PModule;

/**
 * The state of one Python interpreter (one Truffle context): its streams, the
 * builtins and sys modules, loaded modules, the recursion counter and the stack of
 * exceptions being handled (for {@code __context__} chaining and bare {@code raise}).
 *
 * <p>Runtime code that is not a node reaches the current context through
 * {@link #current()}; nodes use the language's context reference directly.
 */
public final class PythonContext {
    private static volatile Supplier<PythonContext> accessor;

    /** Installed once by the language so plain runtime code can find the entered context. */
    public static void setAccessor(Supplier<PythonContext> supplier) {
        accessor = supplier;
    }

    public static PythonContext current() {
        return accessor.get();
    }

    /** How the interpreter loads a module that is not built into the runtime (stdlib .py files, user files). */
    public interface ModuleLoader {
        /** Returns the loaded module, or null if no module of that name exists. */
        PModule load(PythonContext context, String name);
    }

    /**
     * What the runtime needs from the interpreter: the caller's namespaces (for
     * globals(), locals(), vars(), dir()), compiling source (eval/exec) and imports.
     */
    public interface Interpreter {
        PModule callerGlobals();

        /** The caller's local namespace as a mapping (a snapshot for function frames, as in CPython). */
        Object callerLocals();

        /** Runs {@code source} as an expression (eval) or statements (exec) in the given namespaces. */
        Object evaluate(String source, PModule globals, Object locals, boolean exec, String filename);

        /** {@code import name}: the module, loading it on first use. */
        PModule importModule(String name);
    }

    private Interpreter interpreter;
    /** The language's environment (a TruffleLanguage.Env), kept opaque here. */
    private Object env;

    public Object getEnv() {
        return env;
    }

    public void setEnv(Object env) {
        this.env = env;
    }

    public Interpreter getInterpreter() {
        return interpreter;
    }

    public void setInterpreter(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    private final GuestOutput output;
    private final InputStream inStream;
    private BufferedReader in;
    private final PDict modules = new PDict();
    private PModule builtins;
    private PModule sys;
    private ModuleLoader loader;
    private int recursionLimit = 1000;
    private int depth;
    private final ArrayList<PBaseException> handled = new ArrayList<>();
    private final List<String> argv = new ArrayList<>();
    private String mainDirectory;

    private boolean verifyLookups;
    /** The interop scope of {@code __main__}'s globals (the embedder's bindings), made on first use. */
    private Object scope;

    public Object getScope() {
        if (scope == null) {
            scope = new dev.dunder.runtime.python.interop.PythonScope((PModule) modules.getItem("__main__"));
        }
        return scope;
    }

    /** The lookup verifier: cached attribute reads are checked against the reference lookup. */
    public boolean isVerifyLookups() {
        return verifyLookups;
    }

    public void setVerifyLookups(boolean on) {
        this.verifyLookups = on;
    }

    public PythonContext(OutputStream out, OutputStream err, InputStream in) {
        this.output = new GuestOutput(out, err);
        this.inStream = in;
    }

    // ---- streams ------------------------------------------------------------------------

    public void writeOut(String s) {
        output.writeOut(s);
    }

    public void writeErr(String s) {
        output.writeErr(s);
    }

    public void flush() {
        output.flush();
    }

    /** One line of standard input without its line end, or null at end of input. */
    @TruffleBoundary
    public String readLine() {
        flush();
        try {
            if (in == null) {
                in = new BufferedReader(new InputStreamReader(inStream, StandardCharsets.UTF_8));
            }
            return in.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    // ---- modules ------------------------------------------------------------------------

    public PDict getModules() {
        return modules;
    }

    public PModule getBuiltins() {
        return builtins;
    }

    public void setBuiltins(PModule builtins) {
        this.builtins = builtins;
    }

    public PModule getSys() {
        return sys;
    }

    public void setSys(PModule sys) {
        this.sys = sys;
    }

    public ModuleLoader getLoader() {
        return loader;
    }

    public void setLoader(ModuleLoader loader) {
        this.loader = loader;
    }

    public List<String> getArgv() {
        return argv;
    }

    /** The folder of the main script: where {@code import x} finds {@code x.py}. */
    public String getMainDirectory() {
        return mainDirectory;
    }

    public void setMainDirectory(String mainDirectory) {
        this.mainDirectory = mainDirectory;
    }

    // ---- recursion ------------------------------------------------------------------------

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** Called on entry to every Python frame; false means the recursion limit is exceeded. */
    public boolean enterFrame() {
        return ++depth <= recursionLimit;
    }

    public void exitFrame() {
        depth--;
    }

    public int getDepth() {
        return depth;
    }

    // ---- exceptions being handled -------------------------------------------------------------

    public void pushHandled(PBaseException e) {
        handled.add(e);
    }

    public void popHandled() {
        handled.remove(handled.size() - 1);
    }

    /** The innermost exception whose {@code except} block is running, or null: {@code sys.exc_info()[1]}. */
    public PBaseException currentHandled() {
        return handled.isEmpty() ? null : handled.get(handled.size() - 1);
    }

    public int handledDepth() {
        return handled.size();
    }

    /** Drops handled exceptions above {@code size} (frames unwound by an exception). */
    public void truncateHandled(int size) {
        while (handled.size() > size) {
            handled.remove(handled.size() - 1);
        }
    }
}
