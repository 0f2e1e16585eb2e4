package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dunder} command running JavaScript as Node would: extension, --model, Node's uncaught-error report, exit codes. */
class JsCommandLineTest {

    @Test
    void runsAJsFileByItsExtension(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("hello.js");
        Files.writeString(script, "#!/usr/bin/env node\nclass Greeter { constructor(n) { this.n = n; } }\nconsole.log('hi', new Greeter(process.argv[2]));\n");
        DunderCommand.Result r = DunderCommand.run(script.toString(), "there");
        assertEquals("hi Greeter { n: 'there' }\n", r.stdout());
        assertEquals("", r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void modelFlagSelectsJavaScriptForInlineCode() throws Exception {
        DunderCommand.Result r = DunderCommand.run("--model", "js", "-c", "console.log([1, 2, 3].map(x => x * 2))");
        assertEquals("[ 2, 4, 6 ]\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void inlineCodeIsAGlobalScriptAsNodeEvalRunsIt(@TempDir Path dir) throws Exception {
        String program = "var x = 1; function f() {} console.log(globalThis.x, typeof globalThis.f, this === globalThis)";
        DunderCommand.Result inline = DunderCommand.run("--model", "js", "-c", program);
        assertEquals("1 function true\n", inline.stdout(), "node -e: top-level declarations are globals");
        Path file = dir.resolve("scoped.js");
        Files.writeString(file, program + "\n");
        DunderCommand.Result fromFile = DunderCommand.run(file.toString());
        assertEquals("undefined undefined false\n", fromFile.stdout(), "node file.js: a CommonJS module keeps them local");
    }

    @Test
    void uncaughtErrorIsReportedLikeNode(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("boom.js");
        Files.writeString(script, "const config = {};\nconsole.log(config.database.host);\n");
        DunderCommand.Result r = DunderCommand.run(script.toString());
        assertEquals(1, r.exitCode());
        assertEquals(script + ":2\nconsole.log(config.database.host);\n                            ^\n\n"
                        + "TypeError: Cannot read properties of undefined (reading 'host')\n", r.stderr());
    }

    @Test
    void syntaxErrorsStopTheWholeScript() throws Exception {
        DunderCommand.Result r = DunderCommand.run("--model", "js", "-c", "console.log('never');\nlet x = 1 +;");
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertEquals("<string>:2\nlet x = 1 +;\n           ^\n\nSyntaxError: Unexpected token ';'\n", r.stderr());
    }

    @Test
    void deepRecursionIsARangeErrorNotAJavaCrash() throws Exception {
        DunderCommand.Result r = DunderCommand.run("--model", "js", "-c",
                        "function f(n) { return f(n + 1) + 1; }\ntry { f(0); } catch (e) { console.log(e.name, e.message); }\nf(0);");
        assertEquals("RangeError Maximum call stack size exceeded\n", r.stdout());
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("RangeError: Maximum call stack size exceeded\n"), r.stderr());
        assertFalse(r.stderr().contains("at dev.dunder"), "no Java stack trace: " + r.stderr());
    }

    @Test
    void processExitSetsTheStatus() throws Exception {
        DunderCommand.Result r = DunderCommand.run("--model", "js", "-c", "process.stdout.write('bye'); process.exit(3); console.log('not reached');");
        assertEquals("bye", r.stdout());
        assertEquals(3, r.exitCode());
    }
}
