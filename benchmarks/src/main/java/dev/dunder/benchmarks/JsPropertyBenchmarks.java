package dev.dunder.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Property access in Dunder's JavaScript, on the optimizing Truffle runtime: own and
 * inherited reads (prototype chains of depth 1, 3 and 8), a getter, a method call, a
 * write, {@code new} on a function and on a class, and a call site polymorphic over
 * four classes. Each benchmark is one JavaScript loop of {@link JsBenchmark#OPS}
 * operations; scores are nanoseconds per operation. {@code benchmarks/compare-js.sh}
 * times the same workload files in Node for the README's table.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--upgrade-module-path=repl/target/compiler",
    "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xss16m"})
public class JsPropertyBenchmarks {

    @Param({"own_property", "inherited_depth1", "inherited_depth3", "inherited_depth8", "getter", "method_call", "property_write", "new_function",
        "new_class", "polymorphic"})
    public String workload;

    private JsBenchmark program;

    @Setup(Level.Trial)
    public void setUp() {
        program = new JsBenchmark(workload, JsWorkloads.get(workload));
        System.out.println("\n# Truffle runtime: " + program.runtime());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        program.close();
    }

    @Benchmark
    @OperationsPerInvocation(JsBenchmark.OPS)
    public Object run() {
        return program.run();
    }
}
