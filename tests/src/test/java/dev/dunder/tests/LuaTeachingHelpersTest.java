package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Lua teaching helpers ({@code require("_dunder")}) on the essay's cases: each step of
 * the index loop in words, the value it comes to, and completion by raw reads only.
 */
class LuaTeachingHelpersTest {
    private Context context;

    @BeforeEach
    void create() {
        context = Context.newBuilder("dunder-lua").option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String lua(String code) {
        return context.eval("dunder-lua", code).asString();
    }

    @Test
    void theModuleIsInvisibleUntilRequired() {
        assertEquals("nil nil", lua("""
                        local seen = 'nil'
                        for k in pairs(_G) do if k == '_dunder' then seen = k end end
                        return seen .. ' ' .. tostring(package.loaded._dunder)"""));
        assertEquals("table true", lua("local d = require('_dunder') return type(d) .. ' ' .. tostring(package.loaded._dunder == d)"));
    }

    @Test
    void anIndexFunctionIsShownAsTheCallItIsAndCalledOnce() {
        String text = lua("""
                        calls = 0
                        t = setmetatable({}, { __index = function(t, k) calls = calls + 1 return k .. '!' end })
                        return require('_dunder').explain_text(t, 'hi', 't') .. 'calls=' .. calls""");
        assertEquals("""
                        lookup of t.hi:
                          rawget(t, 'hi') → nil
                          getmetatable(t).__index is a function: it is called as __index(t, 'hi')
                          → __index(t, 'hi') returned "hi!"
                        calls=1""", text);
    }

    @Test
    void stringsNonTablesAndLoops() {
        String s = lua("return require('_dunder').explain_text('abc', 'upper', 's')");
        assertTrue(s.contains("\"abc\" is a string: every string has the string metatable"), s);
        assertTrue(s.contains("getmetatable(\"abc\").__index is a table (string)"), s);
        assertTrue(s.contains("rawget(string, 'upper') → function: "), s);
        String n = lua("return require('_dunder').explain_text(42, 'x', 'n')");
        assertTrue(n.contains("42 is a number value with no __index metamethod") && n.endsWith("→ error: attempt to index a number value\n"), n);
        String loop = lua("loop = {} setmetatable(loop, { __index = loop }) return require('_dunder').explain_text(loop, 'k', 'loop')");
        assertTrue(loop.endsWith("'__index' chain too long; possible loop\n  → error: '__index' chain too long; possible loop\n"), loop);
        String none = lua("plain = { a = 1 } return require('_dunder').explain_text(plain, 'b', 'plain')");
        assertTrue(none.contains("plain has no metatable, so the result is nil\n  → nil"), none);
    }

    @Test
    void drawingFollowsMetatablesAndIndexTables() {
        String drawn = lua("""
                        Object = {} Object.__index = Object
                        function Object:extend() local cls = {} cls.__index = cls return setmetatable(cls, self) end
                        Cat = Object:extend()
                        function Cat:meow() end
                        cat = setmetatable({ lives = 9 }, Cat)
                        return require('_dunder').draw_text(cat, 'box', 'cat')""");
        assertTrue(drawn.contains("│ cat: table"), drawn);
        assertTrue(drawn.contains("│ lives = 9"), drawn);
        assertTrue(drawn.contains("│ Cat: table"), drawn);
        assertTrue(drawn.contains("─▶ __index: itself"), drawn);
        assertTrue(drawn.contains("│ Object: table"), drawn);
        assertTrue(drawn.contains("│ meow = function"), drawn);
        String dot = lua("return require('_dunder').draw_text(cat, 'dot', 'cat')");
        assertTrue(dot.startsWith("digraph lookup {") && dot.contains("__index"), dot);
    }

    @Test
    void completionReadsRawAndNeverCallsMetamethods() {
        lua("""
                        Base = { describe = 1 }
                        Thing = setmetatable({ bark = 1 }, { __index = Base })
                        obj = setmetatable({ barks = 0 }, { __index = Thing })
                        called = false
                        trap = setmetatable({}, { __index = function() called = true end })
                        return ''""");
        assertEquals(List.of("obj:bark", "obj:barks"), List.of(lua("return require('_dunder').completions('obj:ba')").split("\n")));
        assertEquals("obj.describe", lua("return require('_dunder').completions('obj.de')"));
        assertEquals("", lua("return require('_dunder').completions('trap.inner.x')"));
        assertEquals("", lua("return require('_dunder').completions('trap:x')"));
        assertFalse(context.eval("dunder-lua", "return called").asBoolean());
        String globals = lua("return require('_dunder').completions('whi')");
        assertEquals("while", globals);
        assertTrue(lua("return require('_dunder').completions('string.fo')").contains("string.format"));
    }

    @Test
    void chainAndHelpByRawReads() {
        lua("""
                        Animal = { legs = 4 }
                        Dog = setmetatable({}, { __index = Animal })
                        rex = setmetatable({ name = 'Rex' }, { __index = Dog, __tostring = function() return 'rex' end })
                        return ''""");
        assertEquals("""
                        rex
                          → getmetatable(rex).__index = Dog
                          → getmetatable(Dog).__index = Animal
                          Animal has no metatable: the chain ends
                        """, lua("return require('_dunder').chain_text(rex)"));
        String help = lua("return require('_dunder').help_text(rex)");
        assertTrue(help.startsWith("rex: table with 1 key"), help);
        assertTrue(help.contains("__index (table Dog)") && help.contains("__tostring (function)"), help);
    }
}
