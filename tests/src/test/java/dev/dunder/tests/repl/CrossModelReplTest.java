package dev.dunder.tests.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code :model} switches models inside one polyglot context: an object made in one model
 * is used from another and keeps its own lookup rules (a Python property still runs when
 * Lua or JavaScript reads it; a Lua table's {@code __index} chain still answers Python).
 */
class CrossModelReplTest {
    static Path home;

    @BeforeAll
    static void isolateHistory() throws java.io.IOException {
        home = Files.createTempDirectory("dunder-cross-model-test");
        System.setProperty("dunder.history", home.resolve("history").toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("dunder.history");
    }

    @Test
    void aPythonObjectKeepsItsDescriptorsInLuaAndJs() throws Exception {
        try (ReplSession r = new ReplSession("python", null, home)) {
            r.waitFor(">>> ");
            r.line("reads = []");
            r.line("class Vector:").line("    def __init__(self, x, y):").line("        self.x, self.y = x, y");
            r.line("    @property").line("    def magnitude(self):").line("        reads.append('magnitude')");
            r.line("        return (self.x ** 2 + self.y ** 2) ** 0.5").line("");
            r.line("v = Vector(3, 4)").waitFor(">>> v = Vector(3, 4)");

            r.line(":model lua").waitFor("model: lua");
            int lua = r.mark();
            r.line("print('lua sees', v.magnitude, v.x)");
            r.waitFor("lua sees\t5.0\t3", lua);
            r.line("dog = setmetatable({}, {__index = {sound = 'woof'}})");

            r.line(":model js").waitFor("model: js");
            int js = r.mark();
            r.line("console.log('js sees', v.magnitude, v.y)");
            r.waitFor("js sees 5 4", js);

            r.line(":model python").waitFor("model: python");
            int py = r.mark();
            r.line("print(len(reads), dog.sound)");
            String screen = r.waitFor("2 woof", py);
            assertTrue(!screen.contains("Traceback"), screen);
            r.line(":quit");
            assertEquals(0, r.exitCode());
        }
    }
}
