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
 * Table lookups in Dunder's Lua, on the optimizing Truffle runtime: field reads and
 * writes, {@code __index} chains of depth 1, 3 and 8, an {@code __index} function,
 * {@code :} method calls, {@code setmetatable} object creation and a call site that sees
 * four metatables. Each benchmark is one Lua loop of {@link LuaBenchmark#OPS}
 * operations (the workloads are {@code workloads/lua/NAME.lua}); scores are nanoseconds
 * per operation. {@code benchmarks/compare-lua.sh} times the same files in
 * {@code lua5.4} (and {@code luajit} if installed) for the README's table.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--upgrade-module-path=repl/target/compiler",
    "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xss16m"})
public class LuaTableBenchmarks {

    @Param({"field_read", "index_chain_1", "index_chain_3", "index_chain_8", "index_function", "method_call", "field_write",
        "setmetatable_create", "polymorphic_call"})
    public String workload;

    private LuaBenchmark program;

    @Setup(Level.Trial)
    public void setUp() {
        program = new LuaBenchmark(LuaWorkloads.get(workload));
        System.out.println("\n# Truffle runtime: " + program.runtime());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        program.close();
    }

    @Benchmark
    @OperationsPerInvocation(LuaBenchmark.OPS)
    public Object run() {
        return program.run();
    }
}
