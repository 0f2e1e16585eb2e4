package dev.dunder.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The Lua programs the benchmarks run, kept as resources ({@code workloads/lua/NAME.lua}) so lua5.4 can run the very same files. */
final class LuaWorkloads {
    private LuaWorkloads() {
    }

    static String get(String name) {
        String path = "/workloads/lua/" + name + ".lua";
        try (InputStream in = LuaWorkloads.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no workload " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
