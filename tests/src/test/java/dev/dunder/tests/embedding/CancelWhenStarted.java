package dev.dunder.tests.embedding;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;

/**
 * Cancels a context from another thread ({@code close(true)}) a moment after the guest
 * program calls {@code started()}: by then the guest is surely inside the long-running code
 * the test wants interrupted.
 */
final class CancelWhenStarted {
    private CancelWhenStarted() {
    }

    /** Binds {@code started} in the language's globals and starts the cancelling thread; join it after the eval. */
    static Thread start(Context context, String languageId, long delayMillis) {
        CountDownLatch running = new CountDownLatch(1);
        context.getBindings(languageId).putMember("started", (Runnable) running::countDown);
        Thread canceller = new Thread(() -> {
            try {
                if (running.await(30, TimeUnit.SECONDS)) {
                    Thread.sleep(delayMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            context.close(true);
        });
        canceller.start();
        return canceller;
    }
}
