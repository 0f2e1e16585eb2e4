package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Python corpus with the lookup verifier on ({@code --dunder-python.VerifyLookups=true}):
 * before each cached attribute read runs, its plan is checked against the reference
 * resolution (AttributeResolution), and a disagreement ends the program with an internal
 * error, so every scenario of the corpus shows the two paths agree. Output must still be
 * exactly CPython's.
 */
class VerifiedLookupsTest {
    private static final String[] VERIFY = {"--experimental-options", "--dunder-python.VerifyLookups=true"};
    private static final String[] VERIFY_LUA = {"--experimental-options", "--dunder-lua.VerifyLookups=true"};

    @TestFactory
    Stream<DynamicTest> pythonVerified() throws IOException {
        return ConformanceTest.corpus("python", ".py").map(t -> {
            Path p = Path.of(t.getTestSourceUri().get());
            return DynamicTest.dynamicTest(t.getDisplayName(), () -> {
                ConformanceTest.Expected expected = ConformanceTest.expected(p);
                ConformanceTest.Outcome actual = ConformanceTest.run(p, VERIFY);
                assertEquals(expected.stdout(), actual.stdout(), "stdout of " + p);
                assertEquals(expected.stderr(), actual.stderr(), "stderr of " + p);
                assertEquals(expected.exitCode(), actual.exitCode(), "exit code of " + p);
            });
        });
    }

    /**
     * The Lua corpus with {@code --dunder-lua.VerifyLookups=true}: every index operation of the
     * cached nodes (a plan for a receiver shape, a raw fast path, the generic path) is checked
     * against the outcome of the reference path (IndexResolution, the loop :explain reads out).
     */
    @TestFactory
    Stream<DynamicTest> luaVerified() throws IOException {
        return ConformanceTest.corpus("lua", ".lua").map(t -> {
            Path p = Path.of(t.getTestSourceUri().get());
            return DynamicTest.dynamicTest(t.getDisplayName(), () -> {
                ConformanceTest.Expected expected = ConformanceTest.expected(p);
                ConformanceTest.Outcome actual = ConformanceTest.run(p, VERIFY_LUA);
                assertEquals(expected.stdout(), actual.stdout(), "stdout of " + p);
                assertEquals(expected.stderr(), actual.stderr(), "stderr of " + p);
                assertEquals(expected.exitCode(), actual.exitCode(), "exit code of " + p);
            });
        });
    }
}
