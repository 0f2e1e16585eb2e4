package dev.dunder.benchmarks;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A Lua program measured by JMH: it defines the tables and a global function
 * {@code bench(n)} that performs the measured operation n times; each JMH invocation
 * calls it once with {@link #OPS} (so scores are per operation with
 * {@code @OperationsPerInvocation(OPS)}).
 */
final class LuaBenchmark implements AutoCloseable {
    /** Operations per JMH invocation: long enough to amortise the call from Java. */
    static final int OPS = 100_000;

    private final Context context;
    private final Value bench;

    LuaBenchmark(String program) {
        context = Context.newBuilder("dunder-lua").build();
        context.eval(Source.create("dunder-lua", program));
        bench = context.eval(Source.create("dunder-lua", "return bench"));
    }

    Object run() {
        return bench.execute(OPS);
    }

    /** Which Truffle runtime ran the benchmark ("GraalVM CE" = optimizing; "Interpreted" = fallback). */
    String runtime() {
        return context.getEngine().getImplementationName();
    }

    @Override
    public void close() {
        context.close();
    }
}
