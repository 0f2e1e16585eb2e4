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

    @Test
    void explainAndDrawTheEssaysDog() throws Exception {
        try (ReplSession r = new ReplSession("lua", null, home)) {
            r.waitFor("> ");
            r.line(":load dog").waitFor("1\t0\n");
            r.line(":explain mydog:bark");
            String explained = r.waitFor("receives obj as self");
            assertTrue(explained.contains("rawget(mydog, 'bark') → nil"), explained);
            assertTrue(explained.contains("getmetatable(mydog).__index is a table (Dog)"), explained);
            assertTrue(explained.contains("rawget(Dog, 'bark') → function: 0x"), explained);
            r.line(":explain mydog.legs");
            String inherited = r.waitFor("→ 4\n");
            assertTrue(inherited.contains("getmetatable(Dog).__index is a table (Animal)"), inherited);
            assertTrue(inherited.contains("rawget(Animal, 'legs') → 4"), inherited);
            r.line(":draw mydog");
            String drawn = r.waitFor("│ describe = function");
            assertTrue(drawn.contains("│ mydog: table"), drawn);
            assertTrue(drawn.contains("│ name = \"Rex\""), drawn);
            assertTrue(drawn.contains("│ metatable"), drawn);
            assertTrue(drawn.contains("│ __index"), drawn);
            assertTrue(drawn.contains("│ Dog: table"), drawn);
            r.line(":draw --dot mydog").waitFor("digraph lookup {");
            r.line(":draw --svg dog.svg mydog").waitFor("wrote ");
            assertTrue(Files.readString(home.resolve("dog.svg")).startsWith("<svg"));
            r.line(":chain mydog").waitFor("Animal has no metatable: the chain ends");
            r.line("for k in pairs(_G) do if k == '_dunder' then print('leaked') end end print(package.loaded._dunder ~= nil)").waitFor("true\n");
            r.line(":quit");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void tabCompletesMethodsThroughTheIndexChainWithoutCallingIndexFunctions() throws Exception {
        try (ReplSession r = new ReplSession("lua", null, home)) {
            r.waitFor("> ");
            r.line("Base = { describe = function() end }");
            r.line("Thing = setmetatable({ bark = 1 }, { __index = Base })");
            r.line("obj = setmetatable({ barks = 0 }, { __index = Thing })");
            r.line("trap = setmetatable({}, { __index = function(t, k) print('INDEX CALLED') end })").waitFor("> trap = ");
            int before = r.mark();
            r.type("obj:b\t");
            String screen = r.waitFor("barks", before);
            assertTrue(screen.contains("bark"), screen);
            r.type("\u0015");
            before = r.mark();
            r.type("obj:desc\t");
            r.waitFor("obj:describe", before);
            r.type("\u0015");
            before = r.mark();
            r.type("trap:x\t\u0015");
            r.line("print('after')");
            screen = r.waitFor("after\n", before);
            assertTrue(!screen.contains("INDEX CALLED"), "completion must not call __index: " + screen);
            r.type("\u0004");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void multiLineFunctionDefinitions() throws Exception {
        try (ReplSession r = new ReplSession("lua", null, home)) {
            r.waitFor("> ");
            r.line("function Counter(n)").waitFor(">> ");
            r.line("  local c = { n = n }").line("  function c:inc()").line("    self.n = self.n + 1").line("    return self.n").line("  end");
            r.line("  return c").line("end");
            r.line("k = Counter(41)");
            r.line("k:inc()").waitFor("42\n");
            r.type("\u0004");
            assertEquals(0, r.exitCode());
        }
    }
}
