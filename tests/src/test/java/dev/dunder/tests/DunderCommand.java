package dev.dunder.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code ./dunder} command (the script at the repository root) as a separate process. */
final class DunderCommand {
    static final Path HOME = Paths.get(System.getProperty("dunder.home", "..")).toAbsolutePath().normalize();

    record Result(int exitCode, String stdout, String stderr) {
    }

    private DunderCommand() {
    }

    static Result run(String stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(HOME.resolve("dunder").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(HOME.toFile());
        pb.environment().putAll(env);
        File out = File.createTempFile("dunder-out", ".txt");
        File err = File.createTempFile("dunder-err", ".txt");
        pb.redirectOutput(out);
        pb.redirectError(err);
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("dunder did not finish in 120 s: " + command);
        }
        String o = java.nio.file.Files.readString(out.toPath());
        String e = java.nio.file.Files.readString(err.toPath());
        out.delete();
        err.delete();
        return new Result(p.exitValue(), o, e);
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return run(null, Map.of(), args);
    }
}
