package dev.dunder.common;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.source.Source;

/**
 * Makes the optimizing runtime's frame walking ready while the stack is still shallow.
 *
 * <p>Truffle initializes the classes behind {@code iterateFrames} (and behind the stack
 * trace of a guest exception) the first time it walks the stack. If that first time is the
 * moment a guest program has just overflowed the Java stack (turning it into
 * {@code RangeError}, {@code RecursionError} or Lua's "stack overflow"), the initializer
 * itself overflows, the class is marked unusable for the rest of the process, and the
 * error report dies with a Java {@code NoClassDefFoundError}. Which run gets there first
 * depends on class loading order (the AOT start-up cache changes it), so every language
 * walks the stack and asks a source for a line number once when its context is created.
 */
public final class StackWalking {
    private StackWalking() {
    }

    public static void prepare() {
        Truffle.getRuntime().iterateFrames(frame -> frame);
        // the line index of a source: every error report and stack text asks for line numbers
        Source.newBuilder("text", "a\nb", "warm-up").build().getLineNumber(2);
    }
}
