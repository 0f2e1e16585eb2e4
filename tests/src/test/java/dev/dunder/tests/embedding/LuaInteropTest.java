package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * The Lua model through the polyglot API, both ways: Java (and other languages) reading,
 * writing and calling Lua tables by Lua's rules (__index, __newindex, __call, __tostring,
 * method calls with self), and Lua code using Python objects and Java host objects with
 * its own syntax ({@code x.name}, {@code x:m(a)}, {@code #x}, {@code ipairs}). The surefire
 * run has assertions on, so Truffle's interop contract checks run too.
 */
class LuaInteropTest {
    private static Context lua() {
        return Context.newBuilder("dunder-lua").option("engine.WarnInterpreterOnly", "false").build();
    }

    private static final String ANIMALS = """
                    Animal = { legs = 4 }
                    function Animal:describe(suffix)
                        return self.name .. " has " .. self.legs .. " legs" .. (suffix or "")
                    end
                    Dog = setmetatable({}, { __index = Animal })
                    log = {}
                    rex = setmetatable({ name = "Rex" }, {
                        __index = Dog,
                        __newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end,
                        __tostring = function(t) return "Dog(" .. t.name .. ")" end,
                        __call = function(self, x) return x * 2 end,
                    })
                    list = { 10, 20, 30 }
                    function pair() return "héllo", 2 end
                    return rex
                    """;

    @Test
    void luaValuesDisplayAsLuaPrintsThem() {
        try (Context c = lua()) {
            assertEquals("1e+15", c.eval("dunder-lua", "return 1e15").toString());
            assertEquals("9.2233720368548e+18", c.eval("dunder-lua", "return 2.0^63").toString());
            assertEquals("-nan", c.eval("dunder-lua", "return 0/0").toString());
            assertEquals("nan", c.eval("dunder-lua", "return -(0/0)").toString());
            assertEquals("inf", c.eval("dunder-lua", "return math.huge").toString());
            assertEquals("3.0", c.eval("dunder-lua", "return 3.0").toString());
            assertEquals("0.1", c.eval("dunder-lua", "return 0.1").toString());
            assertEquals("42", c.eval("dunder-lua", "return 42").toString());
            assertEquals("true", c.eval("dunder-lua", "return true").toString());
            assertEquals("nil", c.eval("dunder-lua", "return nil").toString());
            assertEquals("héllo", c.eval("dunder-lua", "return 'héllo'").toString());
            assertEquals("Dog(Rex)", c.eval("dunder-lua", ANIMALS).toString(), "__tostring, as before");
            assertEquals(1e15, c.eval("dunder-lua", "return 1e15").asDouble(), "the value itself is unchanged");
        }
    }

    @Test
    void javaUsesLuaTablesByLuasRules() {
        try (Context c = lua()) {
            Value rex = c.eval("dunder-lua", ANIMALS);
            Value g = c.getBindings("dunder-lua");
            // members read through the __index chain
            assertEquals(4, rex.getMember("legs").asInt());
            assertTrue(rex.hasMember("legs"));
            assertFalse(rex.hasMember("wings"));
            assertNull(rex.getMember("wings"));
            assertEquals(List.of("name"), new ArrayList<>(rex.getMemberKeys()));
            // writes go through __newindex
            rex.putMember("age", 3);
            assertEquals("age", g.getMember("log").getArrayElement(0).asString());
            assertEquals(3, rex.getMember("age").asInt());
            // invokeMember is rex:describe("!"), self passed
            assertTrue(rex.canInvokeMember("describe"));
            assertEquals("Rex has 4 legs!", rex.invokeMember("describe", "!").asString());
            // __call makes the table executable; __tostring is its display string
            assertTrue(rex.canExecute());
            assertEquals(42, rex.execute(21).asInt());
            assertEquals("Dog(Rex)", rex.toString());
            assertFalse(g.getMember("list").canExecute());
            // the sequence part as an array: interop index i is Lua key i + 1
            Value list = g.getMember("list");
            assertEquals(3, list.getArraySize());
            assertEquals(10, list.getArrayElement(0).asInt());
            list.setArrayElement(3, 40);
            assertEquals(4, c.eval("dunder-lua", "return #list").asInt());
            assertEquals(40, c.eval("dunder-lua", "return list[4]").asInt());
            // hash entries: every key of the table itself, raw
            assertTrue(rex.hasHashEntries());
            assertEquals(2, rex.getHashSize());
            assertEquals("Rex", rex.getHashValue("name").asString());
            assertNull(rex.getHashValue("legs"), "legs is Animal's, not rex's own");
            assertEquals(20, list.getHashValue(2).asInt());
            Map<String, String> entries = new TreeMap<>();
            Value it = rex.getHashEntriesIterator();
            while (it.hasIteratorNextElement()) {
                Value e = it.getIteratorNextElement();
                entries.put(e.getArrayElement(0).asString(), e.getArrayElement(1).toString());
            }
            assertEquals(Map.of("name", "Rex", "age", "3"), entries);
            rex.removeHashEntry("age");
            assertFalse(rex.hasMember("age"));
            // functions: executable, several results as an array, Lua strings as text
            Value pair = g.getMember("pair").execute();
            assertEquals("héllo", pair.getArrayElement(0).asString());
            assertEquals(2, pair.getArrayElement(1).asInt());
            assertEquals("héllo", c.eval("dunder-lua", "return 'h' .. 'éllo'").asString());
        }
    }

    @Test
    void luaUsesAPythonObjectWhosePropertyRuns() {
        try (Context c = Context.newBuilder("dunder-python", "dunder-lua").option("engine.WarnInterpreterOnly", "false").build()) {
            c.eval("dunder-python", """
                            log = []
                            class Vector:
                                def __init__(self, x, y):
                                    self.x = x
                                    self.y = y
                                @property
                                def magnitude(self):
                                    log.append('magnitude')
                                    return (self.x ** 2 + self.y ** 2) ** 0.5
                                def scaled(self, k):
                                    return Vector(self.x * k, self.y * k)
                                def __repr__(self):
                                    return f'Vector({self.x}, {self.y})'
                            v = Vector(3, 4)
                            """);
            c.getBindings("dunder-lua").putMember("v", c.getBindings("dunder-python").getMember("v"));
            Value r = c.eval("dunder-lua", """
                            local m = v.magnitude
                            local w = v:scaled(2)
                            v.x = 6
                            return tostring(m) .. " " .. w.x .. " " .. type(v) .. " " .. tostring(v) .. " " .. tostring(v.nope)
                            """);
            assertEquals("5.0 6 userdata Vector(6, 4) nil", r.asString());
            assertEquals("['magnitude']", c.eval("dunder-python", "repr(log)").asString());
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-lua", "return v:nosuch()"));
            assertTrue(e.getMessage().contains("attempt to call a nil value (method 'nosuch')"), e.getMessage());
        }
    }

    private static Context withHostAccess(HostAccess access) {
        return Context.newBuilder("dunder-lua").allowHostAccess(access).option("engine.WarnInterpreterOnly", "false").build();
    }

    @Test
    void luaCallsMethodsOfJavaObjectsWhenTheEmbedderAllowsIt() {
        HostAccess access = HostAccess.newBuilder(HostAccess.EXPLICIT).allowArrayAccess(true).allowListAccess(true).build();
        try (Context c = withHostAccess(access)) {
            c.getBindings("dunder-lua").putMember("acct", new HostInteropTest.Account("ann", 100));
            Value r = c.eval("dunder-lua", """
                            acct:deposit(50)
                            acct.owner = "bob"
                            local total = 0
                            for i, h in ipairs(acct.history) do total = total + h end
                            local tags = {}
                            for _, t in pairs(acct:tags()) do tags[#tags + 1] = t end
                            local ok, err = pcall(function() acct:withdraw(1000) end)
                            assert(tostring(err):find("insufficient funds"), tostring(err))
                            return acct.balance .. " " .. acct.owner .. " " .. total .. " " .. #acct.history .. " " .. acct.history[1]
                                .. " " .. table.concat(tags, ",") .. " " .. type(acct) .. " " .. tostring(ok)
                            """);
            assertEquals("150 bob 30 3 5 a,b,c userdata false", r.asString());
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-lua", "acct:nosuch(1)"));
            assertTrue(e.getMessage().contains("attempt to call a nil value (method 'nosuch')"), e.getMessage());
            PolyglotException uncaught = assertThrows(PolyglotException.class, () -> c.eval("dunder-lua", "acct:withdraw(1000)"));
            assertTrue(uncaught.isHostException(), "an uncaught Java exception reaches Java as itself");
            assertEquals("insufficient funds", uncaught.asHostException().getMessage());
        }
    }

    @Test
    void noHostAccessWithoutTheEmbeddersPermission() {
        try (Context c = withHostAccess(HostAccess.NONE)) {
            c.getBindings("dunder-lua").putMember("acct", new HostInteropTest.Account("ann", 100));
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-lua", "return acct:deposit(50)"));
            assertTrue(e.isGuestException());
            assertTrue(e.getMessage().contains("attempt to call a nil value (method 'deposit')"), e.getMessage());
            assertTrue(c.eval("dunder-lua", "return acct.balance == nil").asBoolean(), "no members are visible without host access");
        }
    }

    @Test
    void luaErrorsReachJavaWithLuaSourceLocations() throws Exception {
        try (Context c = lua()) {
            Source src = Source.newBuilder("dunder-lua", """
                            local function check(x)
                                if x < 0 then
                                    error("negative: " .. x)
                                end
                                return x
                            end
                            function run() return check(-3) end
                            run()
                            """, "rules.lua").build();
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval(src));
            assertTrue(e.isGuestException());
            assertTrue(e.getMessage().contains("rules.lua:3: negative: -3"), e.getMessage());
            assertEquals("rules.lua", e.getSourceLocation().getSource().getName());
            assertEquals(3, e.getSourceLocation().getStartLine(), "the Lua statement that raised it");
            List<String> frames = new ArrayList<>();
            for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
                if (f.isGuestFrame() && f.getSourceLocation() != null) {
                    frames.add(f.getSourceLocation().getSource().getName() + ":" + f.getSourceLocation().getStartLine());
                }
            }
            assertTrue(frames.contains("rules.lua:3"), frames.toString());
            assertTrue(frames.contains("rules.lua:8"), frames.toString());
            assertFalse(frames.contains("rules.lua:7"), "run's 'return check(-3)' is a tail call: Lua drops its frame");
            PolyglotException fromCall = assertThrows(PolyglotException.class, () -> c.getBindings("dunder-lua").getMember("run").execute());
            assertTrue(fromCall.getMessage().contains("rules.lua:3: negative: -3"), fromCall.getMessage());
            assertTrue(fromCall.isGuestException());
            assertEquals(3, fromCall.getSourceLocation().getStartLine());
            PolyglotException indexing = assertThrows(PolyglotException.class, () -> c.eval(Source.newBuilder("dunder-lua", "local x\nreturn x.field\n", "idx.lua").build()));
            assertEquals("idx.lua:2: attempt to index a nil value (local 'x')", indexing.getMessage());
            assertEquals(2, indexing.getSourceLocation().getStartLine());
        }
    }
}
