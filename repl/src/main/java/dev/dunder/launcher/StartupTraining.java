package dev.dunder.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run behind {@code ./dunder}'s start-up cache: the launcher runs this class once
 * per build with {@code -XX:AOTCacheOutput}, and the JVM records every class it loaded and
 * linked here into an AOT cache that later {@code dunder} processes map instead of loading
 * and verifying those classes again (docs/toolchain.md has the measurements).
 *
 * <p>So the cache should hold what a short program of each model touches: a script of each
 * model run through {@link Main} exactly as the command runs files, an uncaught error and its
 * traceback, a REPL session, and a loop hot enough that Graal compiles it (compiled in the
 * foreground, so the compiler's own classes are loaded before the JVM exits and dumps).
 */
public final class StartupTraining {
    private static final String[] PROGRAMS = {"train.py", "train.lua", "train.js", "fail.py"};

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("dunder-training");
        try {
            for (String name : PROGRAMS) {
                Path file = dir.resolve(name);
                try (InputStream in = StartupTraining.class.getResourceAsStream("/training/" + name)) {
                    Files.copy(in, file);
                }
                Main.run(new String[]{"--experimental-options", "--engine.BackgroundCompilation=false", file.toString()},
                                InputStream.nullInputStream(), quiet, quiet);
                Files.delete(file);
            }
        } finally {
            Files.delete(dir);
        }
        // the REPL over pipes: its line reader, completion and echo classes
        Main.run(new String[]{"--model", "python"}, new ByteArrayInputStream("x = [1, 2]\nx\n".getBytes(StandardCharsets.UTF_8)), quiet, quiet);
        System.exit(0);
    }
}
