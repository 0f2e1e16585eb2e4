package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code ./dunder} starts from its AOT start-up cache (docs/toolchain.md): after the first run
 * of a build has prepared it, Dunder's and Truffle's classes come out of the cache's shared
 * objects file instead of being loaded and verified from the jars, and the Graal compiler
 * still compiles hot code (CompilationTest runs through the same command).
 */
class StartupCacheTest {

    @Test
    void classesComeFromTheCache() throws Exception {
        DunderCommand.Result first = DunderCommand.run("-c", "print('prepared')");
        assertEquals("prepared\n", first.stdout(), first.stderr());
        assertTrue(Files.isRegularFile(DunderCommand.HOME.resolve("repl/target/startup/stamp")),
                        "the start-up cache was not prepared: " + first.stderr());

        DunderCommand.Result r = DunderCommand.run(null, Map.of("DUNDER_JAVA_OPTS", "-Xlog:class+load=info"), "-c", "print(6 * 7)");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("\n42\n"), "the program did not print 42");
        assertTrue(r.stdout().contains("dev.dunder.launcher.Main source: shared objects file"), "Main was not loaded from the cache");
        assertTrue(r.stdout().contains("com.oracle.truffle.api.TruffleLanguage source: shared objects file"), "Truffle was not loaded from the cache");
        assertEquals("", r.stderr());
    }

    @Test
    void withoutTheCacheTheCommandStillWorks() throws Exception {
        DunderCommand.Result r = DunderCommand.run(null, Map.of("DUNDER_NO_STARTUP_CACHE", "1"), "-c", "print(6 * 7)");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("42\n", r.stdout());
        assertEquals("", r.stderr());
    }
}
