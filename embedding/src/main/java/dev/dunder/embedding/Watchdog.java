package dev.dunder.embedding;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The thread that enforces time limits: one daemon thread for the whole JVM, which
 * cancels a context ({@code Context.close(true)}) when its evaluation overruns. Guest code
 * notices the cancellation at its next safepoint (every loop iteration and call), so even
 * {@code while True: pass} stops.
 */
final class Watchdog {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dunder-watchdog");
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {
    }

    /** Runs {@code onTimeout} after {@code limit} unless the returned handle is cancelled first. */
    static ScheduledFuture<?> schedule(Duration limit, Runnable onTimeout) {
        return TIMER.schedule(onTimeout, limit.toNanos(), TimeUnit.NANOSECONDS);
    }
}
