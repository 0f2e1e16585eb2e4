package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.dunder.launcher.Main;

/**
 * The Python, JavaScript and Lua corpora again, with every function compiled by Graal
 * before its first run ({@code --engine.CompileImmediately}): the cached lookup nodes, unboxed locals and
 * inline instantiation are what runs, and must print exactly what CPython, Node and Lua printed. A
 * compilation that fails (e.g. partial evaluation reaching code it cannot handle) fails
 * the test too. Runs in its own surefire execution, on a JVM with the Graal compiler.
 */
class CompiledConformanceTest {
    private static final String[] COMPILE_FIRST = {"--experimental-options", "--engine.CompileImmediately=true",
        "--engine.BackgroundCompilation=false", "--engine.CompilationFailureAction=Print"};

    @Test
    void runsOnTheOptimizingRuntime() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[]{"--version"}, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        System.err, Path.of("."));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("Interpreted"), out.toString(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> pythonCompiled() throws IOException {
        return ConformanceTest.corpus("python", ".py").map(t -> {
            Path p = Path.of(t.getTestSourceUri().get());
            return DynamicTest.dynamicTest(t.getDisplayName(), () -> check(p));
        });
    }

    /** The JavaScript corpus compiled: int and double frame slots, int arithmetic with its overflow paths, the property caches. */
    @TestFactory
    Stream<DynamicTest> jsCompiled() throws IOException {
        return ConformanceTest.corpus("js", ".js").map(t -> {
            Path p = Path.of(t.getTestSourceUri().get());
            return DynamicTest.dynamicTest(t.getDisplayName(), () -> check(p));
        });
    }

    @TestFactory
    Stream<DynamicTest> luaCompiled() throws IOException {
        return ConformanceTest.corpus("lua", ".lua").map(t -> {
            Path p = Path.of(t.getTestSourceUri().get());
            return DynamicTest.dynamicTest(t.getDisplayName(), () -> check(p));
        });
    }

    private static void check(Path program) throws IOException {
        ConformanceTest.Expected expected = ConformanceTest.expected(program);
        ConformanceTest.Outcome actual = ConformanceTest.run(program, COMPILE_FIRST);
        assertFalse(actual.stderr().contains("opt failed"), actual.stderr());
        assertEquals(expected.stdout(), actual.stdout(), "stdout of " + program);
        assertEquals(expected.stderr(), actual.stderr(), "stderr of " + program);
        assertEquals(expected.exitCode(), actual.exitCode(), "exit code of " + program);
    }
}
