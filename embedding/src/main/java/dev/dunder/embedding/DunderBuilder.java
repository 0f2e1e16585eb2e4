package dev.dunder.embedding;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Configures a {@link Dunder}. The defaults are safe for untrusted scripts:
 * <ul>
 * <li>no host access: Java objects passed in are opaque ({@link #allowHostAccess},
 * {@link #exposeInterfaces} open them up), no Java class lookup;</li>
 * <li>no file system, sockets, processes, threads, native code or environment variables;</li>
 * <li>no access to the other Dunder languages from guest code ({@link #allowPolyglot});</li>
 * <li>at most {@value #DEFAULT_STATEMENT_LIMIT} statements per evaluation or call (then the
 * context is cancelled);</li>
 * <li>no time limit unless {@link #timeLimit} is set (a watchdog thread then cancels the
 * context when one evaluation or call runs longer).</li>
 * </ul>
 */
public final class DunderBuilder {
    /** Statements one evaluation or call may execute by default. */
    public static final long DEFAULT_STATEMENT_LIMIT = 10_000_000L;

    private final DunderLanguage language;
    private HostAccess hostAccess = HostAccess.NONE;
    private Predicate<String> hostClassFilter;
    private boolean io;
    private boolean polyglot;
    private long statementLimit = DEFAULT_STATEMENT_LIMIT;
    private Duration timeLimit;
    private OutputStream out;
    private OutputStream err;
    private InputStream in;
    private Engine engine;
    private String[] arguments = new String[0];
    private final Map<String, String> options = new LinkedHashMap<>();

    DunderBuilder(DunderLanguage language) {
        this.language = language;
    }

    /** Which Java members scripts may use, e.g. {@code HostAccess.EXPLICIT} (only {@code @HostAccess.Export}). */
    public DunderBuilder allowHostAccess(HostAccess access) {
        this.hostAccess = Objects.requireNonNull(access);
        return this;
    }

    /** Scripts may call exactly the methods of these interfaces on objects implementing them. */
    public DunderBuilder exposeInterfaces(Class<?>... interfaces) {
        this.hostAccess = HostAccessPolicies.interfaces(interfaces);
        return this;
    }

    /** Java classes whose names pass the filter can be looked up by scripts (Python: {@code polyglot.java_type}). */
    public DunderBuilder allowHostClassLookup(Predicate<String> classNameFilter) {
        this.hostClassFilter = classNameFilter;
        return this;
    }

    /** File system and other I/O through the language's own library (off by default). */
    public DunderBuilder allowIO(boolean allow) {
        this.io = allow;
        return this;
    }

    /** Guest code may evaluate the other Dunder languages and share values with them. */
    public DunderBuilder allowPolyglot(boolean allow) {
        this.polyglot = allow;
        return this;
    }

    /** Statements one evaluation or call may run before the context is cancelled; 0 for no limit. */
    public DunderBuilder statementLimit(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("statement limit must be >= 0");
        }
        this.statementLimit = limit;
        return this;
    }

    /** Wall-clock time one evaluation or call may take before a watchdog cancels the context; null for none. */
    public DunderBuilder timeLimit(Duration limit) {
        if (limit != null && (limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        this.timeLimit = limit;
        return this;
    }

    public DunderBuilder out(OutputStream stream) {
        this.out = stream;
        return this;
    }

    public DunderBuilder err(OutputStream stream) {
        this.err = stream;
        return this;
    }

    public DunderBuilder in(InputStream stream) {
        this.in = stream;
        return this;
    }

    /** Shares one engine (and its compiled code) between several Dunders. */
    public DunderBuilder engine(Engine shared) {
        this.engine = shared;
        return this;
    }

    /** The program's arguments ({@code sys.argv} in Python). */
    public DunderBuilder arguments(String... args) {
        this.arguments = args.clone();
        return this;
    }

    /** Any polyglot option, e.g. {@code ("engine.TraceCompilation", "true")}. */
    public DunderBuilder option(String key, String value) {
        options.put(key, value);
        return this;
    }

    public DunderLanguage language() {
        return language;
    }

    Duration timeLimit() {
        return timeLimit;
    }

    boolean hasStatementLimit() {
        return statementLimit > 0;
    }

    /**
     * Creates the context. Fails with IllegalStateException when this model's language is
     * not on the class path (the Lua and JS modes arrive in the same jar as Python).
     */
    public Dunder build() {
        if (!language.isInstalled()) {
            throw new IllegalStateException("Dunder's " + language.languageName() + " model (language id '" + language.id()
                            + "') is not on the class path; installed: " + Installed.languages());
        }
        Context.Builder b = Context.newBuilder()
                        .allowHostAccess(hostAccess)
                        .allowIO(io ? IOAccess.ALL : IOAccess.NONE)
                        // Lua's coroutines run on threads the Lua language creates itself; no model
                        // gives guest code any other way to start a thread
                        .allowCreateThread(language == DunderLanguage.LUA)
                        .allowCreateProcess(false)
                        .allowNativeAccess(false)
                        .allowEnvironmentAccess(EnvironmentAccess.NONE)
                        .allowPolyglotAccess(polyglot ? PolyglotAccess.ALL : PolyglotAccess.NONE)
                        .arguments(language.id(), arguments);
        if (hostClassFilter != null) {
            b.allowHostClassLookup(hostClassFilter);
        }
        if (statementLimit > 0) {
            b.resourceLimits(ResourceLimits.newBuilder().statementLimit(statementLimit, null).build());
        }
        if (out != null) {
            b.out(out);
        }
        if (err != null) {
            b.err(err);
        }
        if (in != null) {
            b.in(in);
        }
        if (engine != null) {
            b.engine(engine);
        } else {
            // an embedded interpreter on a stock JDK runs without the Graal compiler: say nothing about it
            b.option("engine.WarnInterpreterOnly", "false");
        }
        options.forEach(b::option);
        return new Dunder(this, b.build());
    }
}
