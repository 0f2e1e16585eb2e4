package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The {@code dunder} command as a user runs it: options, exit codes, error reports, no Java stack traces. */
class CommandLineTest {

    @Test
    void versionNamesTheOptimizingRuntime() throws Exception {
        DunderCommand.Result r = DunderCommand.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().startsWith("Dunder "), r.stdout());
        assertTrue(r.stdout().contains("runtime: GraalVM CE"), "the optimizing runtime must be in use: " + r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void helpDescribesUsage() throws Exception {
        DunderCommand.Result r = DunderCommand.run("-h");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().contains("usage: dunder"), r.stdout());
    }

    @Test
    void inlineCodeWithArguments() throws Exception {
        DunderCommand.Result r = DunderCommand.run("-c", "import sys; print(sys.argv)", "a", "b");
        assertEquals("['-c', 'a', 'b']\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void programFromStandardInput() throws Exception {
        DunderCommand.Result r = DunderCommand.run("print(6 * 7)\n", Map.of(), "-");
        assertEquals("42\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void scriptWithShebangAndArguments(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path script = dir.resolve("args.py");
        Files.writeString(script, "#!/usr/bin/env dunder\nimport sys\nprint(sys.argv[1:])\n");
        DunderCommand.Result r = DunderCommand.run(script.toString(), "x", "--y");
        assertEquals("['x', '--y']\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsOne() throws Exception {
        DunderCommand.Result r = DunderCommand.run("-c", "def f():\n    return 1 / 0\nf()");
        assertEquals(1, r.exitCode());
        assertEquals("""
                        Traceback (most recent call last):
                          File "<string>", line 3, in <module>
                          File "<string>", line 2, in f
                        ZeroDivisionError: division by zero
                        """, r.stderr());
    }

    @Test
    void syntaxErrorShowsCaretAndExitsOne() throws Exception {
        DunderCommand.Result r = DunderCommand.run("-c", "if True\n    pass");
        assertEquals(1, r.exitCode());
        assertEquals("""
                          File "<string>", line 1
                            if True
                                   ^
                        SyntaxError: expected ':'
                        """, r.stderr());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        DunderCommand.Result unknown = DunderCommand.run("--no-such-option");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.stderr().contains("unknown option"), unknown.stderr());
        DunderCommand.Result missing = DunderCommand.run("no/such/file.py");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.stderr().contains("can't open file 'no/such/file.py'"), missing.stderr());
    }

    @Test
    void deepRecursionIsARecursionErrorNotAJavaCrash() throws Exception {
        DunderCommand.Result r = DunderCommand.run("-c", "def f(n):\n    return f(n + 1)\nf(0)");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.stderr());
        assertTrue(r.stderr().contains("[Previous line repeated"), r.stderr());
        assertFalse(r.stderr().contains("at dev.dunder"), "no Java stack trace: " + r.stderr());
    }

    @Test
    void systemExitCodeAndMessage() throws Exception {
        assertEquals(3, DunderCommand.run("-c", "import sys; sys.exit(3)").exitCode());
        DunderCommand.Result r = DunderCommand.run("-c", "import sys; sys.exit('bye')");
        assertEquals(1, r.exitCode());
        assertEquals("bye\n", r.stderr());
    }
}
