package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.function;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.ops.Convert;

/**
 * The {@code time} module's clocks and {@code sleep}: what scripts use to time their own
 * loops. Wall-clock and monotonic readings come from the JVM's clocks.
 */
public final class TimeModule {
    private static final long START = System.nanoTime();

    private TimeModule() {
    }

    public static PModule create() {
        PModule m = new PModule("time");
        DynamicObjectLibrary.getUncached().put(m, "__name__", "time");
        function(m, "time", "", a -> epochNanos() / 1e9);
        function(m, "time_ns", "", a -> epochNanos());
        function(m, "monotonic", "", a -> (System.nanoTime() - START) / 1e9);
        function(m, "monotonic_ns", "", a -> System.nanoTime() - START);
        function(m, "perf_counter", "", a -> (System.nanoTime() - START) / 1e9);
        function(m, "perf_counter_ns", "", a -> System.nanoTime() - START);
        function(m, "process_time", "", a -> processNanos() / 1e9);
        function(m, "process_time_ns", "", a -> processNanos());
        function(m, "sleep", "secs, /", a -> {
            double secs = Convert.toDouble(a[0]);
            if (secs < 0) {
                throw PyErrors.valueError("sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (secs * 1000), (int) ((secs * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PNone.NONE;
        });
        return m;
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long processNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime() - START;
    }
}
