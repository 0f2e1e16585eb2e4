package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.dunder.launcher.Main;

/**
 * The differential corpus: every program under {@code conformance/<model>/} is run
 * by the {@code dunder} command's own code path, and its standard output, standard
 * error and exit code must equal what the reference engine (CPython 3.11, Lua 5.4,
 * Node) produced, as recorded in {@code X.expected} and {@code X.expected_err}
 * ({@code tests/scripts/regen-expected.sh} regenerates them).
 */
class ConformanceTest {
    static final Path ROOT = Paths.get("src/test/resources/conformance");

    @TestFactory
    Stream<DynamicTest> python() throws IOException {
        return corpus("python", ".py");
    }

    @TestFactory
    Stream<DynamicTest> lua() throws IOException {
        return corpus("lua", ".lua");
    }

    @TestFactory
    Stream<DynamicTest> js() throws IOException {
        return corpus("js", ".js");
    }

    /** The essay's examples shipped in examples/essay/MODEL, with their expected output beside them. */
    @TestFactory
    Stream<DynamicTest> essayExamples() throws IOException {
        return Stream.of(programs(Paths.get("../examples/essay/python"), ".py"), programs(Paths.get("../examples/essay/lua"), ".lua"),
                        programs(Paths.get("../examples/essay/js"), ".js")).flatMap(s -> s);
    }

    static Stream<DynamicTest> corpus(String model, String extension) throws IOException {
        return programs(ROOT.resolve(model), extension);
    }

    static Stream<DynamicTest> programs(Path dir, String extension) throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.walk(dir)) {
            programs = files.filter(p -> p.toString().endsWith(extension))
                            .filter(p -> !p.getParent().getFileName().toString().equals("lib"))
                            .sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(dir.relativize(p).toString(), p.toUri(), () -> check(p)));
    }

    /** The outcome of one run. */
    record Outcome(String stdout, String stderr, int exitCode) {
    }

    /** What the reference engine printed for a program. */
    record Expected(String stdout, String stderr, int exitCode) {
    }

    static Expected expected(Path program) throws IOException {
        String base = program.toString().replaceAll("\\.[a-z]+$", "");
        String expectedOut = Files.readString(Paths.get(base + ".expected"));
        Path errFile = Paths.get(base + ".expected_err");
        String expectedErr = "";
        int expectedCode = 0;
        if (Files.exists(errFile)) {
            String e = Files.readString(errFile);
            int nl = e.indexOf('\n');
            expectedCode = Integer.parseInt(e.substring("exit: ".length(), nl < 0 ? e.length() : nl).trim());
            expectedErr = nl < 0 ? "" : e.substring(nl + 1);
        }
        return new Expected(expectedOut, expectedErr, expectedCode);
    }

    static Outcome run(Path program, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path stdinFile = Paths.get(program.toString().replaceAll("\\.[a-z]+$", ".stdin"));
        byte[] stdin = new byte[0];
        try {
            if (Files.exists(stdinFile)) {
                stdin = Files.readAllBytes(stdinFile);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String[] args = java.util.Arrays.copyOf(options, options.length + 1);
        args[options.length] = program.getFileName().toString();
        int code = Main.run(args, new ByteArrayInputStream(stdin),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), program.getParent());
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    static void check(Path program) throws IOException {
        Expected expected = expected(program);
        Outcome actual = run(program);
        assertEquals(expected.stdout(), actual.stdout(), "stdout of " + program);
        assertEquals(expected.stderr(), actual.stderr(), "stderr of " + program);
        assertEquals(expected.exitCode(), actual.exitCode(), "exit code of " + program);
    }
}
