package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * A guest can never hurt its host: a statement limit stops runaway code, another thread
 * can cancel or interrupt a context stuck in {@code while True: pass}, and runaway
 * recursion is a RecursionError, after which the host (and the context) carry on.
 */
class ResourceLimitsTest {
    private static Context.Builder python() {
        return Context.newBuilder("dunder-python").option("engine.WarnInterpreterOnly", "false");
    }

    @Test
    void statementLimitStopsAnInfiniteLoop() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(10_000, null).build();
        Context c = python().resourceLimits(limits).build();
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-python", "while True:\n    pass\n"));
        assertTrue(e.isResourceExhausted(), e.getMessage());
        assertTrue(e.isCancelled());
        closeCancelled(c);
    }

    /** Closing a cancelled context reports the cancellation once more. */
    private static void closeCancelled(Context c) {
        PolyglotException again = assertThrows(PolyglotException.class, c::close);
        assertTrue(again.isCancelled());
    }

    @Test
    void statementLimitCountsPythonStatements() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(1_000, null).build();
        Context c = python().resourceLimits(limits).build();
        assertEquals(4950, c.eval("dunder-python", "t = 0\nfor i in range(100):\n    t += i\nt").asInt(), "about 200 statements fit");
        c.resetLimits();
        assertThrows(PolyglotException.class, () -> c.eval("dunder-python", "t = 0\nfor i in range(10000):\n    t += i\n"));
        closeCancelled(c);
    }

    @Test
    void cancelFromAnotherThread() throws Exception {
        Context c = python().allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build();
        Thread canceller = CancelWhenStarted.start(c, "dunder-python", 100);
        long start = System.nanoTime();
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-python", "started()\nwhile True:\n    pass\n"));
        assertTrue(e.isCancelled());
        canceller.join();
        closeCancelled(c);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "cancelled promptly");
    }

    @Test
    void interruptLeavesTheContextUsable() throws Exception {
        try (Context c = python().build()) {
            Thread interrupter = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    c.interrupt(Duration.ofSeconds(20));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            interrupter.start();
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-python", "n = 0\nwhile True:\n    n += 1\n"));
            assertTrue(e.isInterrupted(), e.getMessage());
            interrupter.join();
            assertTrue(c.eval("dunder-python", "n").asLong() > 0);
            assertEquals(2, c.eval("dunder-python", "1 + 1").asInt(), "the context runs code again");
        }
    }

    @Test
    void runawayRecursionIsARecursionError() {
        try (Context c = python().build()) {
            c.eval("dunder-python", "def down(n):\n    return down(n + 1)\n");
            Value down = c.getBindings("dunder-python").getMember("down");
            PolyglotException e = assertThrows(PolyglotException.class, () -> down.execute(0));
            assertTrue(e.isGuestException());
            assertEquals("RecursionError: maximum recursion depth exceeded", e.getMessage());
            assertEquals(3, c.eval("dunder-python", "def fine(n):\n    return n if n == 0 else 1 + fine(n - 1)\nfine(3)").asInt(),
                            "the same context keeps working");
        }
    }
}
