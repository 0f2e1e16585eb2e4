package dev.dunder.runtime.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A context's standard output and error as UTF-8 text. Standard output is buffered and
 * flushed before anything goes to standard error, so the two interleave as the program
 * wrote them. A closed stream is ignored: there is nowhere left to report to.
 */
public final class GuestOutput {
    private final Writer out;
    private final Writer err;

    public GuestOutput(OutputStream out, OutputStream err) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.err = new OutputStreamWriter(err, StandardCharsets.UTF_8);
    }

    @TruffleBoundary
    public void writeOut(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            // stdout closed
        }
    }

    @TruffleBoundary
    public void writeErr(String s) {
        try {
            out.flush();
            err.write(s);
            err.flush();
        } catch (IOException e) {
            // stderr closed
        }
    }

    @TruffleBoundary
    public void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            // closed
        }
    }
}
