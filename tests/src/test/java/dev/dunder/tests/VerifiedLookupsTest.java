package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each model's corpus with its lookup verifier on ({@code --dunder-MODEL.VerifyLookups=true}):
 * the lookups the cached nodes perform are checked against the model's readable reference
 * path (the one {@code :explain} reads out), and a disagreement ends the program with an
 * internal error, so every scenario of the corpus shows the two paths agree. Output must
 * still be exactly the reference engine's.
 */
class VerifiedLookupsTest {

    /** Python: each cached attribute read's plan against AttributeResolution. */
    @TestFactory
    Stream<DynamicTest> pythonVerified() throws IOException {
        return verified("python", ".py");
    }

    /**
     * Lua: every index operation of the cached nodes (a plan for a receiver shape, a raw fast
     * path, the generic path) against the outcome of IndexResolution.
     */
    @TestFactory
    Stream<DynamicTest> luaVerified() throws IOException {
        return verified("lua", ".lua");
    }

    /** JS: each cached property read's plan against the reference [[Get]] (PropertyResolution). */
    @TestFactory
    Stream<DynamicTest> jsVerified() throws IOException {
        return verified("js", ".js");
    }

    private static Stream<DynamicTest> verified(String model, String extension) throws IOException {
        String[] flags = {"--experimental-options", "--dunder-" + model + ".VerifyLookups=true"};
        return ConformanceTest.corpus(model, extension).map(t -> {
            Path p = Path.of(t.getTestSourceUri().get());
            return DynamicTest.dynamicTest(t.getDisplayName(), () -> {
                ConformanceTest.Expected expected = ConformanceTest.expected(p);
                ConformanceTest.Outcome actual = ConformanceTest.run(p, flags);
                assertEquals(expected.stdout(), actual.stdout(), "stdout of " + p);
                assertEquals(expected.stderr(), actual.stderr(), "stderr of " + p);
                assertEquals(expected.exitCode(), actual.exitCode(), "exit code of " + p);
            });
        });
    }
}
