package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes and mutated programs fed to Lua's parser and interpreter, under a
 * statement limit: the outcome is a result, a Lua error (syntax or runtime, stack
 * overflow included) — never a Java exception leaking out of the language, and never a
 * hang. The normal test run replays the seed corpus in
 * {@code src/test/resources/dev/dunder/tests/LuaFuzzTestInputs}; real fuzzing:
 * {@code JAZZER_FUZZ=1 mvn -pl tests test -Dtest=LuaFuzzTest}.
 */
class LuaFuzzTest {
    private static final long STATEMENT_LIMIT = 20_000;

    @FuzzTest(maxDuration = "5m")
    void parseAndRun(byte[] input) {
        String program = new String(input, StandardCharsets.UTF_8);
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(STATEMENT_LIMIT, null).build();
        long start = System.nanoTime();
        try (Context context = Context.newBuilder("dunder-lua").resourceLimits(limits).out(java.io.OutputStream.nullOutputStream())
                        .err(java.io.OutputStream.nullOutputStream()).build()) {
            context.eval(Source.create("dunder-lua", program));
        } catch (PolyglotException e) {
            // a statement limit cancels the context: eval and close both report it
            boolean expected = e.isResourceExhausted() || e.isCancelled() || e.isExit() || (e.isGuestException() && !e.isInternalError());
            if (!expected) {
                fail("Java exception escaped the Lua interpreter for input " + describe(program) + ": " + e.getMessage(), e);
            }
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "took too long: " + describe(program));
    }

    private static String describe(String program) {
        String shown = program.length() > 200 ? program.substring(0, 200) + "..." : program;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }
}
