package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The {@code dunder} command runs on Truffle's optimizing runtime: a hot Python loop is
 * compiled by Graal ({@code --engine.TraceCompilation} reports "opt done"), and the
 * fallback-runtime warning never appears.
 */
class CompilationTest {

    @Test
    void hotLoopIsCompiled() throws Exception {
        String program = """
                        class Point:
                            def __init__(self, x):
                                self.x = x
                        p = Point(1)
                        total = 0
                        for i in range(5000000):
                            total += p.x
                        print(total)
                        """;
        // compile in the foreground so the compilation finishes before the loop does
        DunderCommand.Result r = DunderCommand.run(program, java.util.Map.of(), "--experimental-options", "--engine.TraceCompilation=true",
                        "--engine.BackgroundCompilation=false", "-");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("5000000\n", r.stdout());
        assertTrue(r.stderr().contains("opt done"), "expected a Graal compilation in: " + r.stderr());
        assertFalse(r.stderr().contains("fallback runtime"), r.stderr());
    }
}
