package dev.dunder.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The JavaScript programs the benchmarks run, kept as resources ({@code workloads/js/NAME.js}) so Node can run the very same files. */
final class JsWorkloads {
    private JsWorkloads() {
    }

    static String get(String name) {
        String path = "/workloads/js/" + name + ".js";
        try (InputStream in = JsWorkloads.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no workload " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
