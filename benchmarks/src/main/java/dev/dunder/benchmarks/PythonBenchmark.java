package dev.dunder.benchmarks;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A Python program measured by JMH: {@code setup} defines the objects and a function
 * {@code bench(n)} that performs the measured operation n times; each JMH invocation
 * calls it once with {@link #OPS} (so scores are per operation with
 * {@code @OperationsPerInvocation(OPS)}).
 */
final class PythonBenchmark implements AutoCloseable {
    /** Operations per JMH invocation: long enough to amortise the call from Java. */
    static final int OPS = 100_000;

    private final Context context;
    private final Value bench;

    PythonBenchmark(String program) {
        // experimental engine options (e.g. -Dpolyglot.engine.OSR=false) may be passed when investigating a score
        context = Context.newBuilder("dunder-python").allowExperimentalOptions(true).build();
        context.eval(Source.create("dunder-python", program));
        bench = context.eval(Source.create("dunder-python", "bench"));
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
