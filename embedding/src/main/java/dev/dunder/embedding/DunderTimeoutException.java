package dev.dunder.embedding;

import java.time.Duration;

import org.graalvm.polyglot.PolyglotException;

/**
 * An evaluation or call ran longer than the {@link DunderBuilder#timeLimit time limit}; the
 * watchdog cancelled the context, which is closed now. The cause is the polyglot
 * exception the cancelled guest code ended with ({@code isCancelled()}).
 */
public final class DunderTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DunderTimeoutException(Duration limit, PolyglotException cause) {
        super("the script ran longer than its time limit of " + limit.toMillis() + " ms and was cancelled", cause);
    }
}
