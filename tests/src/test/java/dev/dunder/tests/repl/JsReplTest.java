package dev.dunder.tests.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REPL in the JS model, as Node's REPL behaves: inspected values echoed, unfinished input continued, declarations kept. */
class JsReplTest {
    static Path home;

    @BeforeAll
    static void isolateHistory() throws java.io.IOException {
        home = Files.createTempDirectory("dunder-js-repl-test");
        System.setProperty("dunder.history", home.resolve("history").toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("dunder.history");
    }

    @Test
    void multiLineClassesAndNodeStyleEcho() throws Exception {
        try (ReplSession r = new ReplSession("js", null, home)) {
            r.waitFor("> ");
            r.line("class Vector {").waitFor("... ");
            r.line("  constructor(x, y) { this.x = x; this.y = y; }");
            r.line("  dot(o) { return this.x * o.x + this.y * o.y; }").line("}").waitFor("undefined\n");
            r.line("const v = new Vector(3, 4)");
            String screen = r.line("v.dot(v)").waitFor("25\n");
            assertTrue(screen.contains("... "), screen);
            r.line("_ + 1").waitFor("26\n");
            r.line("v").waitFor("Vector { x: 3, y: 4 }\n");
            r.line("'abc'").waitFor("'abc'\n");
            r.line("[1, 2,").waitFor("... ");
            r.line(" 3]").waitFor("[ 1, 2, 3 ]\n");
            r.line("`multi").line("line`").waitFor("'multi\\nline'\n");
            r.line("let hidden = 1; Object.keys(globalThis).includes('hidden')").waitFor("false\n");
            r.line("hidden + 41").waitFor("42\n");
            r.line("/* a comment").waitFor("... ");
            r.line("   that ends here */ this === globalThis").waitFor("true\n");
            // (the session's reporter prints the error's message; the dunder command prints Node's "Uncaught ...")
            r.line("v = 1").waitFor("TypeError: Assignment to constant variable.\n");
            r.line("null.x").waitFor("TypeError: Cannot read properties of null (reading 'x')\n");
            r.type("\u0004");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void runsAFileThenKeepsItsDeclarations() throws Exception {
        Files.writeString(home.resolve("setup.js"), "const greeting = 'hello from the file';\nclass Box { constructor(v) { this.v = v; } }\n");
        try (ReplSession r = new ReplSession("js", "setup.js", home)) {
            r.waitFor("> ");
            r.line("greeting").waitFor("'hello from the file'");
            r.line("new Box(1)").waitFor("Box { v: 1 }");
            r.line("process.exit(3)");
            assertEquals(3, r.exitCode());
        }
    }

    @Test
    void ctrlCInterruptsRunningCode() throws Exception {
        try (ReplSession r = new ReplSession("js", null, home)) {
            r.waitFor("> ");
            r.line("while (true) {}");
            Thread.sleep(1500);
            r.type("\u0003");
            r.waitFor("Uncaught Error: Script execution was interrupted by `SIGINT`");
            r.line("console.log('still here')").waitFor("still here");
            r.type("\u0004");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void explainAndDrawTheEssaysVector() throws Exception {
        try (ReplSession r = new ReplSession("js", null, home)) {
            r.waitFor("> ");
            r.line(":load vector_class").waitFor("[ 'constructor', 'magnitude', 'dot' ]");
            int before = r.mark();
            r.line(":explain vec.dot");
            String explained = r.waitFor("this will be vec only when called as vec.dot(...)", before);
            assertTrue(explained.contains("own properties of vec: x, y — no 'dot'"), explained);
            assertTrue(explained.contains("[[Prototype]] is Vector.prototype"), explained);
            assertTrue(explained.contains("found data property 'dot' on Vector.prototype"), explained);
            assertTrue(explained.contains("→ function dot"), explained);
            r.line(":explain vec.magnitude").waitFor("called its getter with this = vec → 5");
            r.line(":explain vec.missing").waitFor("→ undefined");
            before = r.mark();
            r.line(":draw vec");
            String drawn = r.waitFor("│ null", before);
            assertTrue(drawn.contains("│ vec: Vector instance"), drawn);
            assertTrue(drawn.contains("│ x: 3"), drawn);
            assertTrue(drawn.contains("│ Vector.prototype"), drawn);
            assertTrue(drawn.contains("magnitude: accessor (get)"), drawn);
            assertTrue(drawn.contains("dot: [Function: dot]"), drawn);
            assertTrue(drawn.contains("[[Prototype]]"), drawn);
            r.line(":chain vec").waitFor("→ Vector.prototype → Object.prototype → null");
            r.line(":draw --dot vec").waitFor("digraph lookup {");
            r.line(":draw --svg vec.svg vec").waitFor("wrote ");
            assertTrue(Files.readString(home.resolve("vec.svg")).startsWith("<svg"));
            r.line(":quit");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void tabCompletesPropertiesWithoutRunningGetters() throws Exception {
        try (ReplSession r = new ReplSession("js", null, home)) {
            r.waitFor("> ");
            r.line("class V { get magnitude() { throw new Error('never evaluated'); } mark() {} }");
            r.line("const v = new V(); v.mass = 1").waitFor("1\n");
            int before = r.mark();
            r.type("v.ma\t");
            String screen = r.waitFor("magnitude", before);
            assertTrue(screen.contains("mark") && screen.contains("mass"), screen);
            assertTrue(!screen.contains("never evaluated"), "completion must not run the getter: " + screen);
            r.type("\u0015").line(":quit");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void theHelpersAreAHiddenGlobal() throws Exception {
        try (ReplSession r = new ReplSession("js", null, home)) {
            r.waitFor("> ");
            r.line("Object.keys(globalThis).length + ' ' + typeof __dunder").waitFor("'0 object'");
            r.line("__dunder.chain_text([])").waitFor("Array.prototype → Object.prototype → null");
            r.line(":quit");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void aPythonObjectKeepsItsRulesInTheJsModel() throws Exception {
        try (ReplSession r = new ReplSession("python", null, home)) {
            r.waitFor(">>> ");
            r.line("class Temp:").line("    @property").line("    def f(self):").line("        return 212").line("");
            r.line("t = Temp()").waitFor(">>> t = Temp()");
            r.line("1 + 1").waitFor("2\n");
            String shared = r.line(":model js").waitFor("model: js");
            assertTrue(shared.contains("shared with js: Temp, t\n"), "the last value _ stays with its own REPL: " + shared);
            r.line("t.f + 1").waitFor("213\n");
            r.line("typeof t").waitFor("'object'\n");
            r.line(":explain t.f").waitFor("through interop (readMember)");
            r.line(":quit");
            assertEquals(0, r.exitCode());
        }
    }
}
