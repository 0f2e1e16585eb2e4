package dev.dunder.tests.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.dunder.launcher.repl.Repl;
import dev.dunder.launcher.repl.ReplSettings;

/**
 * Drives the real REPL through a JLine terminal over pipes: keystrokes go in (including
 * Tab, Ctrl-C and Ctrl-D as the bytes a terminal sends), and the screen output, with
 * escape sequences removed, comes out for assertions.
 */
final class ReplSession implements AutoCloseable {
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<Integer> exit;

    ReplSession(String model, String file, Path cwd) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        ReplSettings settings = new ReplSettings(model, file, Map.of(), false, in, out, out, false, cwd, false,
                        (name, context, e, err) -> {
                            err.println(e.getMessage());
                            return 1;
                        });
        exit = thread.submit(() -> Repl.start(settings));
    }

    /** Types text (use "\t" for Tab, "\u0003" for Ctrl-C, "\u0004" for Ctrl-D, "\r" for Enter). */
    ReplSession type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    ReplSession line(String text) throws IOException {
        return type(text + "\r");
    }

    /** How much the screen holds now: pass it to {@link #waitFor(String, int)} to look only at what follows. */
    int mark() {
        return text().length();
    }

    /** Waits until the screen shows {@code expected} (escape sequences removed), failing after 30 s. */
    String waitFor(String expected) throws InterruptedException {
        return waitFor(expected, 0);
    }

    /** Waits until the screen after position {@code from} shows {@code expected}; returns that part. */
    String waitFor(String expected, int from) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String all = text();
            String s = all.substring(Math.min(from, all.length()));
            if (s.contains(expected)) {
                return s;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the REPL did not show " + expected + "; screen:\n" + text() + "\nraw:\n" + raw());
    }

    /** The screen so far, without terminal escape sequences. */
    String text() {
        String raw = screen.toString(StandardCharsets.UTF_8);
        return raw.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001B[()][0-9A-Za-z]", "").replaceAll("\u001B[=>]", "").replace("\r", "");
    }

    int exitCode() throws Exception {
        return exit.get(30, TimeUnit.SECONDS);
    }

    /** The raw bytes the REPL wrote, escape sequences included (for diagnosing a failed wait). */
    String raw() {
        return screen.toString(StandardCharsets.UTF_8).replace("\u001B", "<ESC>");
    }

    @Override
    public void close() throws IOException {
        // end of input is Ctrl-D to the REPL; never interrupt its thread (it may be initialising classes)
        keys.close();
        thread.shutdown();
    }
}
