package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dunder} command running Lua as {@code lua} does: chunk names, arguments, exit codes, deep recursion. */
class LuaCommandLineTest {

    @Test
    void inlineCodeIsTheCommandLineChunk() throws Exception {
        DunderCommand.Result r = DunderCommand.run("--model", "lua", "-c", "print(select('#', ...), ...) error('x')", "a", "b");
        assertEquals("2\ta\tb\n", r.stdout());
        assertEquals("""
                        lua: (command line):1: x
                        stack traceback:
                        \t[C]: in function 'error'
                        \t(command line):1: in main chunk
                        \t[C]: in ?
                        """, r.stderr());
        assertEquals(1, r.exitCode());
    }

    @Test
    void programFromStandardInputIsTheStdinChunk() throws Exception {
        DunderCommand.Result r = DunderCommand.run("print(1 + 1)\nlocal t = nil\nprint(t.x)\n", Map.of(), "--model", "lua", "-");
        assertEquals("2\n", r.stdout());
        assertTrue(r.stderr().startsWith("lua: stdin:3: attempt to index a nil value (local 't')\n"), r.stderr());
        assertEquals(1, r.exitCode());
    }

    @Test
    void scriptArgumentsAndExitCode(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("args.lua");
        Files.writeString(script, "#!/usr/bin/env dunder\nprint(arg[0] ~= nil, arg[1], ...)\nos.exit(7)\n");
        DunderCommand.Result r = DunderCommand.run(script.toString(), "x", "--y");
        assertEquals("true\tx\tx\t--y\n", r.stdout());
        assertEquals(7, r.exitCode());
    }

    @Test
    void missingScriptIsReportedAsLuaDoes() throws Exception {
        DunderCommand.Result r = DunderCommand.run("no_such_script.lua");
        assertEquals("lua: cannot open no_such_script.lua\n", r.stderr());
        assertEquals(1, r.exitCode());
    }

    @Test
    void deepRecursionIsLuasStackOverflowNotAJvmCrash(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("deep.lua");
        Files.writeString(script, """
                        local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
                        print(sum(100000))
                        print(pcall(sum, 10000000))
                        local function forever(n) return 1 + forever(n + 1) end
                        forever(1)
                        """);
        DunderCommand.Result r = DunderCommand.run(script.toString());
        assertEquals("5000050000\nfalse\t" + script + ":1: stack overflow\n", r.stdout());
        assertTrue(r.stderr().startsWith("lua: " + script + ":4: stack overflow\nstack traceback:\n"), r.stderr());
        assertTrue(r.stderr().contains("\t...\t(skipping "), r.stderr());
        assertTrue(r.stderr().endsWith("in main chunk\n\t[C]: in ?\n"), r.stderr());
        assertEquals(1, r.exitCode());
    }

    @Test
    void dunderClassLibraryIsAvailableToRequire() throws Exception {
        DunderCommand.Result r = DunderCommand.run("--model", "lua", "-c", """
                        local Object = require("object")
                        local Dog = Object:extend{ barks = 0 }
                        function Dog:bark() self.barks = self.barks + 1 return "woof" end
                        local d = Dog()
                        print(d:bark(), d:bark(), d.barks, Dog.barks, d:is(Object))
                        local descriptor = require("descriptor")
                        local P = descriptor.class{ double = descriptor.property{ get = function(o) return o.v * 2 end } }
                        print(P{ v = 21 }.double)
                        """);
        assertEquals("woof\twoof\t2\t0\ttrue\n42\n", r.stdout());
        assertEquals(0, r.exitCode());
    }
}
