package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.junit.jupiter.api.Test;

/** The JS mode under an embedder's limits: runaway guest code never hurts the host. */
class JsResourceLimitsTest {
    private static Context.Builder js() {
        return Context.newBuilder("dunder-js").option("engine.WarnInterpreterOnly", "false");
    }

    @Test
    void statementLimitStopsAnInfiniteLoop() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(10_000, null).build();
        Context c = js().resourceLimits(limits).build();
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-js", "while (true) {}"));
        assertTrue(e.isResourceExhausted(), e.getMessage());
        PolyglotException again = assertThrows(PolyglotException.class, c::close);
        assertTrue(again.isCancelled());
    }

    @Test
    void cancelFromAnotherThread() throws Exception {
        Context c = js().allowHostAccess(HostAccess.ALL).build();
        Thread canceller = CancelWhenStarted.start(c, "dunder-js", 100);
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-js", "started(); for (;;) {}"));
        assertTrue(e.isCancelled());
        canceller.join();
        PolyglotException again = assertThrows(PolyglotException.class, c::close);
        assertTrue(again.isCancelled());
    }

    /**
     * Runaway recursion inside the host's JVM: V8's RangeError, and the context (and every
     * later test in this JVM) carries on. The project compiles string concatenation inline
     * (-XDstringConcat=inline) so the Java stack overflow cannot strike a call site the JVM
     * is still linking.
     */
    @Test
    void runawayRecursionIsARangeErrorAndTheContextCarriesOn() {
        try (Context c = js().build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-js", "function f(n) { return f(n + 1) + 1; } f(0)"));
            assertTrue(e.isGuestException());
            assertTrue(e.getMessage().contains("RangeError: Maximum call stack size exceeded"), e.getMessage());
            assertEquals(3, c.eval("dunder-js", "1 + 2").asInt());
            assertEquals("ok 7", c.eval("dunder-js", "`ok ${3 + 4}`").asString());
        }
    }

    @Test
    void scriptEngineBindingsAreGlobals() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("dunder-js");
        engine.put("n", 20);
        assertEquals(22.0, ((Number) engine.eval("n + 2")).doubleValue());
        engine.eval("globalThis.greeting = 'hello ' + n");
        assertEquals("hello 20", engine.get("greeting"));
    }

    public static class Vault {
        public String secret() {
            return "gold";
        }
    }

    @Test
    void facadeDefaultsHaveNoHostAccessNorIo() {
        try (dev.dunder.embedding.Dunder js = dev.dunder.embedding.Dunder.js().build()) {
            js.putGlobal("vault", new Vault());
            assertEquals("undefined", js.eval("typeof vault.secret").asString(), "a Java object's methods are not visible without host access");
            PolyglotException e = assertThrows(PolyglotException.class, () -> js.eval("vault.secret()"));
            assertTrue(e.getMessage().contains("TypeError: vault.secret is not a function"), e.getMessage());
            assertTrue(e.isGuestException());
            assertEquals(6, js.eval("function twice(x) { return x * 2; } twice(3)").asInt(), "the context carries on");
        }
    }

    @Test
    void facadeTimeLimitCancelsAnInfiniteLoop() {
        dev.dunder.embedding.Dunder js = dev.dunder.embedding.Dunder.js().statementLimit(0).timeLimit(java.time.Duration.ofMillis(500)).build();
        long start = System.nanoTime();
        dev.dunder.embedding.DunderTimeoutException e = assertThrows(dev.dunder.embedding.DunderTimeoutException.class, () -> js.eval("while (true) {}"));
        assertTrue(((PolyglotException) e.getCause()).isCancelled());
        assertTrue(System.nanoTime() - start < java.time.Duration.ofSeconds(20).toNanos());
        assertThrows(IllegalStateException.class, () -> js.eval("1"), "a cancelled context stays closed");
    }

    @Test
    void facadeStatementLimitStopsAnInfiniteLoopByDefault() {
        try (dev.dunder.embedding.Dunder js = dev.dunder.embedding.Dunder.js().build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> js.eval("while (true) {}"));
            assertTrue(e.isResourceExhausted(), "the default statement limit");
        }
    }

    @Test
    void scriptEngineSeesTopLevelDeclarations() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("dunder-js");
        engine.eval("var greeting='hi'; function add(a,b){return a+b}");
        assertEquals("hi", engine.get("greeting"));
        assertEquals(5, ((Number) ((javax.script.Invocable) engine).invokeFunction("add", 2, 3)).intValue());
    }
}
