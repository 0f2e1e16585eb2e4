package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.concurrent.TimeUnit;

import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.junit.jupiter.api.Test;

import dev.dunder.embedding.Dunder;

/**
 * Embedding the Lua model: resource limits and cancellation never hurt the host, runaway
 * recursion is Lua's "stack overflow", and the JSR-223 engine maps bindings to globals.
 */
class LuaEmbeddingTest {
    private static Context.Builder lua() {
        return Context.newBuilder("dunder-lua").option("engine.WarnInterpreterOnly", "false");
    }

    @Test
    void statementLimitStopsAnInfiniteLoop() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(10_000, null).build();
        Context c = lua().resourceLimits(limits).build();
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-lua", "while true do end"));
        assertTrue(e.isResourceExhausted(), e.getMessage());
        PolyglotException again = assertThrows(PolyglotException.class, c::close);
        assertTrue(again.isCancelled());
    }

    @Test
    void cancelFromAnotherThread() throws Exception {
        Context c = lua().allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build();
        Thread canceller = CancelWhenStarted.start(c, "dunder-lua", 100);
        long start = System.nanoTime();
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-lua", "started()\nlocal n = 0\nwhile true do n = n + 1 end\n"));
        assertTrue(e.isCancelled());
        canceller.join();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "cancelled promptly");
    }

    @Test
    void osGetenvSeesOnlyTheEnvironmentTheEmbedderAllows() {
        String path = System.getenv("PATH");
        assertTrue(path != null, "the test needs PATH in the host environment");
        try (Context c = lua().allowEnvironmentAccess(EnvironmentAccess.NONE).build()) {
            assertTrue(c.eval("dunder-lua", "return os.getenv('PATH')").isNull(), "EnvironmentAccess.NONE hides the host's variables");
        }
        try (Context c = lua().allowEnvironmentAccess(EnvironmentAccess.NONE).environment("GREETING", "hi").build()) {
            assertEquals("hi", c.eval("dunder-lua", "return os.getenv('GREETING')").asString(), "variables the embedder sets are seen");
        }
        try (Context c = lua().allowEnvironmentAccess(EnvironmentAccess.INHERIT).build()) {
            assertEquals(path, c.eval("dunder-lua", "return os.getenv('PATH')").asString());
        }
        try (Dunder d = Dunder.lua().build()) {
            assertTrue(d.eval("return os.getenv('PATH')").isNull(), "the Dunder facade denies the host environment");
        }
    }

    @Test
    void aBacktrackingPatternCanBeCancelled() throws Exception {
        Context c = lua().allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build();
        Thread canceller = CancelWhenStarted.start(c, "dunder-lua", 200);
        long start = System.nanoTime();
        // Exponential backtracking: minutes of work, all inside one call of string.find.
        String program = "started()\nreturn (string.rep('a', 40) .. 'b'):find(string.rep('a*', 12) .. 'c')\n";
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-lua", program));
        assertTrue(e.isCancelled(), e.getMessage());
        canceller.join();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "cancelled promptly");
    }

    @Test
    void runawayRecursionIsLuasStackOverflowAndTheContextStaysUsable() {
        try (Dunder d = Dunder.lua().build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> d.eval("local function f(n) return 1 + f(n + 1) end\nreturn f(0)"));
            assertTrue(e.getMessage().contains("stack overflow"), e.getMessage());
            assertEquals(6, d.eval("return 1 + 2 + 3").asInt());
        }
    }

    /** A Java view of a Lua object with a method. */
    public interface Getter {
        long get(long extra);
    }

    /** A Java object with one method, for the script engine's bindings. */
    public static class Counter {
        private int n;

        @org.graalvm.polyglot.HostAccess.Export
        public int increment() {
            return ++n;
        }
    }

    @Test
    void scriptEngineBindingsAreGlobals() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("dunder-lua");
        engine.put("n", 20);
        assertEquals(22L, engine.eval("return n + 2"));
        engine.eval("greeting = 'héllo'");
        assertEquals("héllo", engine.get("greeting"));
        engine.getBindings(ScriptContext.ENGINE_SCOPE).put("counter", new Counter());
        assertEquals(2, ((Number) engine.eval("counter:increment() return counter:increment()")).intValue(), "obj:method() on a Java object");
        engine.eval("""
                        Box = {}
                        Box.__index = Box
                        function Box.new(v) return setmetatable({ v = v }, Box) end
                        function Box:get(extra) return self.v + extra end
                        function add(a, b) return a + b end
                        """);
        Invocable inv = (Invocable) engine;
        assertEquals(5L, inv.invokeFunction("add", 2, 3));
        Object box = engine.eval("return Box.new(40)");
        assertEquals(42L, inv.invokeMethod(box, "get", 2), "invokeMethod is box:get(2), self passed");
        Getter getter = inv.getInterface(box, Getter.class);
        assertEquals(43L, getter.get(3));
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("print('héllo', 42)");
        assertEquals("héllo\t42\n", out.toString());
        ScriptException err = assertThrows(ScriptException.class, () -> engine.eval("local x = nil\nreturn x.field"));
        assertTrue(err.getMessage().contains("attempt to index a nil value (local 'x')"), err.getMessage());
        assertEquals(2, err.getLineNumber());
    }
}
