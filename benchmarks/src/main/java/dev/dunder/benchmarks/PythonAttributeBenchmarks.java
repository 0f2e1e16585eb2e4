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
 * Attribute lookup in Dunder's Python, on the optimizing Truffle runtime. Each
 * benchmark is one Python loop of {@link PythonBenchmark#OPS} operations; scores are
 * nanoseconds per operation. {@code benchmarks/compare-python.sh} runs the same loops
 * in CPython for the README's table.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--upgrade-module-path=repl/target/compiler",
    "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xss16m"})
public class PythonAttributeBenchmarks {

    @Param({"empty_loop", "instance_attribute", "class_attribute_mro1", "class_attribute_mro3", "class_attribute_mro8", "property_read",
        "descriptor_get", "method_call", "attribute_write", "object_creation", "polymorphic_call", "getattr_fallback", "vector"})
    public String workload;

    private PythonBenchmark program;

    @Setup(Level.Trial)
    public void setUp() {
        program = new PythonBenchmark(PythonWorkloads.get(workload));
        System.out.println("\n# Truffle runtime: " + program.runtime());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        program.close();
    }

    @Benchmark
    @OperationsPerInvocation(PythonBenchmark.OPS)
    public Object run() {
        return program.run();
    }
}
