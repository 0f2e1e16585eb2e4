package dev.dunder.tests.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REPL in the Lua model, as lua5.4's REPL behaves: expression values printed, unfinished chunks continued. */
class LuaReplTest {
    static Path home;

    @BeforeAll
    static void isolateHistory() throws java.io.IOException {
        home = Files.createTempDirectory("dunder-lua-repl-test");
        System.setProperty("dunder.history", home.resolve("history").toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("dunder.history");
    }

    @Test
    void expressionsPrintTheirValuesAndChunksContinue() throws Exception {
        try (ReplSession r = new ReplSession("lua", null, home)) {
            r.waitFor("> ");
            r.line("x = 20");
            r.line("x + 1, 'two', nil").waitFor("21\ttwo\tnil\n");
            r.line("local Dog = setmetatable({}, {__index = {bark = function() return 'woof' end}})");
            r.line("function greet(name)").waitFor(">> ");
            r.line("  return 'hi ' .. name").line("end");
            String screen = r.line("greet('lua')").waitFor("hi lua\n");
            assertTrue(screen.contains(">> "), screen);
            r.line("error('boom')").waitFor("stdin:1: boom");
            r.type("\u0004");
            assertEquals(0, r.exitCode());
        }
    }
}
