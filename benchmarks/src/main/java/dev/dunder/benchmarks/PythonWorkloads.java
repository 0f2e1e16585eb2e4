package dev.dunder.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The Python programs the benchmarks run, kept as resources ({@code workloads/python/NAME.py}) so CPython can run the very same files. */
final class PythonWorkloads {
    private PythonWorkloads() {
    }

    static String get(String name) {
        String path = "/workloads/python/" + name + ".py";
        try (InputStream in = PythonWorkloads.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no workload " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
