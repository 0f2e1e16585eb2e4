package dev.dunder.embedding.jsr223;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.function.Supplier;

import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

import dev.dunder.embedding.Dunder;
import dev.dunder.embedding.DunderBuilder;
import dev.dunder.embedding.DunderTimeoutException;

/**
 * A JSR-223 script engine running one Dunder model in its own context.
 *
 * <ul>
 * <li>The engine-scope bindings are the script's globals ({@link GuestBindings}); entries of
 * the global scope (the manager's bindings) that the script does not define are copied into
 * the globals before each {@code eval}, as are the entries of any other Bindings passed to
 * {@code eval(script, bindings)}.</li>
 * <li>{@code eval} returns plain Java values ({@link JavaValues}).</li>
 * <li>{@link Invocable}: {@code invokeFunction} calls a global function, {@code invokeMethod}
 * calls a method of an object an earlier {@code eval} returned, {@code getInterface}
 * implements a Java interface with the script's functions or an object's methods.</li>
 * <li>Guest errors become {@link ScriptException}s with the file name, line and column of
 * the innermost guest frame, the {@link PolyglotException} as cause.</li>
 * <li>Output goes to the ScriptContext's writer and error writer.</li>
 * </ul>
 * The engine keeps a polyglot context open; {@link #close()} releases it.
 */
public final class DunderScriptEngine extends AbstractScriptEngine implements Invocable, AutoCloseable {
    private final ScriptEngineFactory factory;
    private final Dunder dunder;
    private final GuestBindings globals;

    private DunderScriptEngine(ScriptEngineFactory factory, DunderBuilder builder) {
        this.factory = factory;
        this.dunder = builder
                        .out(new WriterOutputStream(() -> getContext().getWriter()))
                        .err(new WriterOutputStream(() -> getContext().getErrorWriter()))
                        .in(InputStream.nullInputStream())
                        .build();
        this.globals = new GuestBindings(dunder);
        getContext().setBindings(globals, ScriptContext.ENGINE_SCOPE);
    }

    static DunderScriptEngine create(ScriptEngineFactory factory, Supplier<DunderBuilder> builder) {
        return new DunderScriptEngine(factory, builder.get());
    }

    /** An engine with the embedder's own settings, e.g. {@code create(Dunder.python().exposeInterfaces(Api.class))}. */
    public static DunderScriptEngine create(DunderBuilder builder) {
        DunderScriptEngineFactory factory = switch (builder.language()) {
            case PYTHON -> new PythonScriptEngineFactory();
            case LUA -> new LuaScriptEngineFactory();
            case JS -> new JsScriptEngineFactory();
        };
        return new DunderScriptEngine(factory, builder);
    }

    /** The facade underneath: limits, cancellation, the polyglot context. */
    public Dunder getDunder() {
        return dunder;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        ScriptContext previous = getContext();
        if (context != previous) {
            setContext(context);
        }
        try {
            importBindings(context);
            Object name = context.getAttribute(ScriptEngine.FILENAME);
            String fileName = name == null ? "<eval>" : name.toString();
            return guest(() -> JavaValues.toJava(dunder.eval(script, fileName)));
        } finally {
            if (context != previous) {
                flush(context.getWriter());
                setContext(previous);
            }
        }
    }

    private static void flush(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            // the embedder's writer is closed: nothing to flush into
        }
    }

    /** Makes the ScriptContext's other bindings visible to the script as globals. */
    private void importBindings(ScriptContext context) {
        Bindings engineScope = context.getBindings(ScriptContext.ENGINE_SCOPE);
        if (engineScope != null && engineScope != globals) {
            engineScope.forEach(globals::put);
        }
        Bindings globalScope = context.getBindings(ScriptContext.GLOBAL_SCOPE);
        if (globalScope != null) {
            globalScope.forEach((k, v) -> {
                if (!globals.containsKey(k)) {
                    globals.put(k, v);
                }
            });
        }
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = reader.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return eval(sb.toString(), context);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    // ---- Invocable ------------------------------------------------------------------------------

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        Value f = dunder.getGlobal(name);
        if (f == null || !f.canExecute()) {
            throw new NoSuchMethodException("no function '" + name + "' in the script's globals");
        }
        return guest(() -> JavaValues.toJava(dunder.execute(f, args)));
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (thiz == null) {
            throw new IllegalArgumentException("receiver is null");
        }
        Value receiver = dunder.context().asValue(thiz);
        if (!receiver.canInvokeMember(name) && !(receiver.hasMember(name) && receiver.getMember(name).canExecute())) {
            throw new NoSuchMethodException("no method '" + name + "' on " + receiver);
        }
        return guest(() -> {
            if (receiver.canInvokeMember(name)) {
                // the language's own method call: Lua's obj:m(args) passes obj as self
                return JavaValues.toJava(dunder.invoke(receiver, name, args));
            }
            Value method = receiver.getMember(name);
            return JavaValues.toJava(dunder.execute(method, args));
        });
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        checkInterface(type);
        return InterfaceProxy.create(dunder, null, type);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        checkInterface(type);
        if (thiz == null) {
            throw new IllegalArgumentException("receiver is null");
        }
        return InterfaceProxy.create(dunder, dunder.context().asValue(thiz), type);
    }

    private static void checkInterface(Class<?> type) {
        if (type == null || !type.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + type);
        }
    }

    @Override
    public void close() {
        dunder.close();
    }

    // ---- errors ---------------------------------------------------------------------------------

    private interface GuestAction {
        Object run();
    }

    private static Object guest(GuestAction action) throws ScriptException {
        try {
            return action.run();
        } catch (PolyglotException e) {
            throw toScriptException(e);
        } catch (DunderTimeoutException e) {
            ScriptException se = new ScriptException(e.getMessage());
            se.initCause(e);
            throw se;
        }
    }

    /** A ScriptException at the innermost guest frame's file, line and column. */
    static ScriptException toScriptException(PolyglotException e) {
        SourceSection at = e.getSourceLocation();
        if (at == null) {
            for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                    at = frame.getSourceLocation();
                    break;
                }
            }
        }
        ScriptException se = at == null || !at.isAvailable()
                        ? new ScriptException(e.getMessage())
                        : new ScriptException(e.getMessage(), at.getSource().getName(), at.getStartLine(), at.getStartColumn());
        se.initCause(e);
        return se;
    }
}
