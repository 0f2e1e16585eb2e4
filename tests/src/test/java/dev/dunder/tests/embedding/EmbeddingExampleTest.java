package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The example project {@code examples/embedding} (built earlier in the same Maven run) works
 * as its README says: its jar runs as a program and prints the rules engine's verdicts.
 */
class EmbeddingExampleTest {
    private static final Path HOME = Paths.get(System.getProperty("dunder.home", "..")).toAbsolutePath().normalize();

    @Test
    void theExampleJarRuns() throws Exception {
        Path jar = HOME.resolve("examples/embedding/target/dunder-embedding-example.jar");
        assertTrue(Files.exists(jar), "the example is built before the tests: " + jar);
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString());
        File out = File.createTempFile("example-out", ".txt");
        pb.redirectOutput(out);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the example finishes");
        List<String> lines = Files.readAllLines(out.toPath());
        out.delete();
        assertEquals(0, p.exitValue());
        assertEquals("rules: vip.py, bulk.py, loyalty.py, shipping.py, broken.py, runaway.py", lines.get(0));
        assertEquals("A-1: 15% off", lines.get(1));
        assertTrue(lines.contains("  ! broken.py:5: AttributeError: 'foreign' object has no attribute 'purchasePrice'"), lines.toString());
        assertTrue(lines.contains("  ! runaway.py: executed more than 100000 statements and was stopped"), lines.toString());
    }
}
