package dev.dunder.tests.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REPL in the Python model, end to end through a terminal. */
class PythonReplTest {
    static Path home;

    @BeforeAll
    static void isolateHistory() throws java.io.IOException {
        home = Files.createTempDirectory("dunder-repl-test");
        System.setProperty("dunder.history", home.resolve("history").toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("dunder.history");
    }

    @Test
    void multiLineBlocksAndEcho() throws Exception {
        try (ReplSession r = new ReplSession("python", null, home)) {
            r.waitFor(">>> ");
            r.line("class A:").waitFor("... ");
            r.line("    def twice(self, n):").line("        return 2 * n").line("");
            r.line("A().twice(21)");
            String screen = r.waitFor("42\n");
            assertTrue(screen.contains("... "), screen);
            r.line("_ + 1").waitFor("43\n");
            r.line("(1,").waitFor("... ");
            r.line(" 2)").waitFor("(1, 2)\n");
            r.line("None");
            r.line("1/0").waitFor("ZeroDivisionError: division by zero");
            r.type("\u0004");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void tabCompletesAttributesByTheModelsOwnLookup() throws Exception {
        try (ReplSession r = new ReplSession("python", null, home)) {
            r.waitFor(">>> ");
            r.line("class V:").line("    @property").line("    def magnitude(self):").line("        raise RuntimeError('never evaluated')");
            r.line("    def mark(self): pass").line("");
            r.line("v = V()").line("v.mass = 1").waitFor(">>> v.mass = 1");
            int before = r.mark();
            r.type("v.ma\t");
            String screen = r.waitFor("magnitude", before);
            assertTrue(screen.contains("mark") && screen.contains("mass"), screen);
            assertTrue(!screen.contains("Traceback"), "completion must not run the property: " + screen);
            r.type("\u0015").line(":quit");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void ctrlCInterruptsRunningCode() throws Exception {
        try (ReplSession r = new ReplSession("python", null, home)) {
            r.waitFor(">>> ");
            r.line("while True: pass").line("");
            Thread.sleep(1500);
            r.type("\u0003");
            r.waitFor("KeyboardInterrupt");
            r.line("print('still here')").waitFor("still here");
            r.type("\u0004");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void historySurvivesARestart() throws Exception {
        try (ReplSession r = new ReplSession("python", null, home)) {
            r.waitFor(">>> ");
            r.line("remembered = 'across sessions'").line(":quit");
            assertEquals(0, r.exitCode());
        }
        assertTrue(Files.readString(home.resolve("history-python")).contains("remembered = 'across sessions'"));
        try (ReplSession r = new ReplSession("python", null, home)) {
            r.waitFor(">>> ");
            int before = r.mark();
            r.type("\u0012remembered"); // Ctrl-R: search the history
            r.waitFor("remembered = 'across sessions'", before);
            r.type("\r").line(":quit");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void explainAndDrawTheEssaysVector() throws Exception {
        try (ReplSession r = new ReplSession("python", null, home)) {
            r.waitFor(">>> ");
            r.line(":load vector").waitFor(">>> ");
            r.line("v = Vector(3, 4)");
            r.line(":explain v.magnitude");
            String explained = r.waitFor("→ 5.0");
            assertTrue(explained.contains("type(v) is Vector"), explained);
            assertTrue(explained.contains("searched Vector.__mro__ = (Vector, object)"), explained);
            assertTrue(explained.contains("found 'magnitude' in Vector.__dict__: a property"), explained);
            assertTrue(explained.contains("a data descriptor, so it wins over the instance dict"), explained);
            r.line(":draw v");
            String drawn = r.waitFor("class type");
            assertTrue(drawn.contains("│ v: Vector instance"), drawn);
            assertTrue(drawn.contains("│ x = 3"), drawn);
            assertTrue(drawn.contains("│ __class__"), drawn);
            assertTrue(drawn.contains("magnitude: property (data descriptor)"), drawn);
            r.line(":draw --dot v").waitFor("digraph lookup {");
            r.line(":draw --svg v.svg v").waitFor("wrote ");
            assertTrue(Files.readString(home.resolve("v.svg")).startsWith("<svg"));
            r.line(":quit");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void runsAFileThenOpensTheReplWithItsGlobals() throws Exception {
        Files.writeString(home.resolve("setup.py"), "greeting = 'hello from the file'\n");
        try (ReplSession r = new ReplSession("python", "setup.py", home)) {
            r.waitFor(">>> ");
            r.line("greeting").waitFor("'hello from the file'");
            r.line("exit(3)");
            assertEquals(3, r.exitCode());
        }
    }
}
