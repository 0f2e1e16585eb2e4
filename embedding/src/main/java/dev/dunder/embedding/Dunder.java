package dev.dunder.embedding;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Dunder for Java programs that do not want the raw polyglot API: one guest language in
 * one sandboxed context.
 *
 * <pre>{@code
 * try (Dunder py = Dunder.python().timeLimit(Duration.ofSeconds(2)).build()) {
 *     py.eval("def area(w, h):\n    return w * h");
 *     int a = py.call("area", 6, 7).asInt();          // 42
 *     py.putGlobal("limit", 10);
 *     boolean ok = py.eval("limit > 5").asBoolean();
 * }
 * }</pre>
 *
 * Each {@link #eval}/{@link #call} runs under the builder's limits (see {@link DunderBuilder}):
 * the statement limit counts per evaluation, and the time limit cancels the context from a
 * watchdog thread. Guest errors arrive as {@link PolyglotException}s with the guest's stack
 * frames and source lines; a cancelled context stays closed. Everything the polyglot API
 * offers stays reachable through {@link #context()}.
 *
 * <p>A Dunder, like its context, is used by one thread at a time; {@link #cancel()} may be
 * called from any thread.
 */
public final class Dunder implements AutoCloseable {
    private final DunderLanguage language;
    private final Context context;
    private final Duration timeLimit;
    private final boolean resetLimits;
    /** Set once the context was cancelled (time limit, statement limit, {@link #cancel()}): it never runs again. */
    private volatile boolean cancelled;

    Dunder(DunderBuilder builder, Context context) {
        this.language = builder.language();
        this.context = context;
        this.timeLimit = builder.timeLimit();
        this.resetLimits = builder.hasStatementLimit();
    }

    /** A builder for Dunder's Python ({@code dunder-python}). */
    public static DunderBuilder python() {
        return new DunderBuilder(DunderLanguage.PYTHON);
    }

    /** A builder for Dunder's Lua ({@code dunder-lua}); needs the Lua mode on the class path. */
    public static DunderBuilder lua() {
        return new DunderBuilder(DunderLanguage.LUA);
    }

    /** A builder for Dunder's JavaScript ({@code dunder-js}); needs the JS mode on the class path. */
    public static DunderBuilder js() {
        return new DunderBuilder(DunderLanguage.JS);
    }

    public static DunderBuilder of(DunderLanguage language) {
        return new DunderBuilder(language);
    }

    public DunderLanguage language() {
        return language;
    }

    /** The polyglot context, for everything the facade does not cover. */
    public Context context() {
        return context;
    }

    /** Runs code in the global scope and returns its value (the last expression's, in Python). */
    public Value eval(String code) {
        return eval(code, "<script>");
    }

    /** Like {@link #eval(String)}, naming the code {@code fileName} in tracebacks and error locations. */
    public Value eval(String code, String fileName) {
        Source source = Source.newBuilder(language.id(), code, fileName).buildLiteral();
        return guarded(() -> context.eval(source));
    }

    /** A global variable of the script, or null when there is none. */
    public Value getGlobal(String name) {
        return guarded(() -> context.getBindings(language.id()).getMember(name));
    }

    /** Sets a global variable: Java values arrive as the language's values (ints, strings, ...) or as host objects. */
    public void putGlobal(String name, Object value) {
        guarded(() -> {
            context.getBindings(language.id()).putMember(name, value);
            return null;
        });
    }

    /** Calls the global function {@code name} with Java arguments. */
    public Value call(String name, Object... args) {
        return guarded(() -> {
            Value f = context.getBindings(language.id()).getMember(name);
            if (f == null || !f.canExecute()) {
                throw new IllegalArgumentException("no function '" + name + "' in the script's globals");
            }
            return f.execute(args);
        });
    }

    /** Calls a guest value (a function or method Value obtained earlier) under the same limits. */
    public Value execute(Value callable, Object... args) {
        return guarded(() -> callable.execute(args));
    }

    /**
     * Calls a method of a guest object as the guest language's own method call, under the same
     * limits: {@code obj.m(args)} in Python and JS, {@code obj:m(args)} in Lua (self passed).
     */
    public Value invoke(Value receiver, String method, Object... args) {
        return guarded(() -> receiver.invokeMember(method, args));
    }

    /** Cancels whatever the context is running, from any thread, and closes it. */
    public void cancel() {
        cancelled = true;
        context.close(true);
    }

    /** Whether the context was cancelled (by a limit or {@link #cancel()}); it cannot run code any more. */
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void close() {
        try {
            context.close();
        } catch (PolyglotException e) {
            // closing a cancelled context reports the cancellation again; it is closed all the same
            if (!e.isCancelled()) {
                throw e;
            }
        }
    }

    private <T> T guarded(Supplier<T> action) {
        if (cancelled) {
            throw new IllegalStateException("this Dunder was cancelled (time limit, statement limit or cancel()) and cannot run code any more");
        }
        try {
            return limited(action);
        } catch (PolyglotException e) {
            if (e.isCancelled()) {
                cancelled = true;
            }
            throw e;
        } catch (DunderTimeoutException e) {
            cancelled = true;
            throw e;
        }
    }

    private <T> T limited(Supplier<T> action) {
        if (resetLimits) {
            context.resetLimits();
        }
        if (timeLimit == null) {
            return action.get();
        }
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> timer = Watchdog.schedule(timeLimit, () -> {
            fired.set(true);
            context.close(true);
        });
        try {
            return action.get();
        } catch (PolyglotException e) {
            if (fired.get() && e.isCancelled()) {
                throw new DunderTimeoutException(timeLimit, e);
            }
            throw e;
        } finally {
            timer.cancel(false);
            if (fired.get()) {
                // the watchdog closed the context, perhaps just as the action finished
                cancelled = true;
            }
        }
    }
}
