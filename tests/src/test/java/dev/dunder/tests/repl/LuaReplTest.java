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

    @Test
    void objectsCrossModelsAndKeepTheirOwnRules() throws Exception {
        try (ReplSession r = new ReplSession("python", null, home)) {
            r.waitFor(">>> ");
            r.line("class V:").line("    def __init__(self, x): self.x = x").line("    @property").line("    def double(self): return self.x * 2");
            r.line("    def scaled(self, k): return V(self.x * k)").line("");
            r.line("v = V(21)");
            r.line(":model lua").waitFor("model: lua");
            r.line("v.double, type(v)").waitFor("42\tuserdata\n");
            r.line("v:scaled(2).x").waitFor("42\n");
            r.line("t = setmetatable({}, { __index = { greeting = 'hi from __index' } })");
            r.line(":model python").waitFor("model: python");
            r.line("t.greeting").waitFor("'hi from __index'");
            r.line(":quit");
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void ctrlCInterruptsARunningLoop() throws Exception {
        try (ReplSession r = new ReplSession("lua", null, home)) {
            r.waitFor("> ");
            r.line("while true do end");
            Thread.sleep(1500);
            r.type("\u0003");
            r.waitFor("interrupted!");
            r.line("print('still here')").waitFor("still here");
            r.type("\u0004");
            assertEquals(0, r.exitCode());
        }
    }
}
