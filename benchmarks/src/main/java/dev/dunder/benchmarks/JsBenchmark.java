package dev.dunder.benchmarks;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A JavaScript program measured by JMH: the workload defines {@code globalThis.bench(n)},
 * which performs the measured operation n times; each JMH invocation calls it once with
 * {@link #OPS} (so scores are per operation with {@code @OperationsPerInvocation(OPS)}).
 */
final class JsBenchmark implements AutoCloseable {
    /** Operations per JMH invocation: long enough to amortise the call from Java. */
    static final int OPS = 100_000;

    private final Context context;
    private final Value bench;

    JsBenchmark(String name, String program) {
        context = Context.newBuilder("dunder-js").build();
        context.eval(Source.newBuilder("dunder-js", program, name + ".js").buildLiteral());
        bench = context.eval(Source.create("dunder-js", "globalThis.bench"));
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
