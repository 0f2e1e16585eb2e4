package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.dunder.embedding.Dunder;
import dev.dunder.embedding.DunderLanguage;
import dev.dunder.embedding.DunderTimeoutException;

/** The {@link Dunder} facade: eval/getGlobal/call, safe defaults, statement and time limits. */
class DunderFacadeTest {
    public interface Greeter {
        String greet(String name);
    }

    public static class PoliteGreeter implements Greeter {
        @Override
        public String greet(String name) {
            return "Good day, " + name;
        }

        public String secret() {
            return "not for scripts";
        }
    }

    @Test
    void evalGlobalsAndCalls() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Dunder py = Dunder.python().out(out).build()) {
            py.eval("def area(w, h):\n    return w * h\nprint('defined')");
            assertEquals(42, py.call("area", 6, 7).asInt());
            py.putGlobal("limit", 10);
            assertTrue(py.eval("limit > 5").asBoolean());
            assertEquals(10, py.getGlobal("limit").asInt());
            assertNull(py.getGlobal("nothing"));
            assertThrows(IllegalArgumentException.class, () -> py.call("nothing"));
            assertEquals("defined\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(DunderLanguage.PYTHON, py.language());
        }
    }

    @Test
    void safeDefaults() {
        try (Dunder py = Dunder.python().build()) {
            py.putGlobal("greeter", new PoliteGreeter());
            PolyglotException noHost = assertThrows(PolyglotException.class, () -> py.eval("greeter.greet('x')"));
            assertTrue(noHost.getMessage().startsWith("AttributeError"), noHost.getMessage());
            PolyglotException noLookup = assertThrows(PolyglotException.class, () -> py.eval("import polyglot\npolyglot.java_type('java.io.File')"));
            assertTrue(noLookup.getMessage().contains("not allowed"), noLookup.getMessage());
            PolyglotException noPolyglot = assertThrows(PolyglotException.class, () -> py.eval("polyglot.import_value('x')"));
            assertTrue(noPolyglot.getMessage().contains("polyglot access"), noPolyglot.getMessage());
        }
    }

    /** The Lua model through the facade: no host access by default, coroutines work, the time limit holds. */
    @Test
    void luaSafeDefaultsCoroutinesAndTimeLimit() {
        try (Dunder lua = Dunder.lua().build()) {
            lua.putGlobal("greeter", new PoliteGreeter());
            PolyglotException noHost = assertThrows(PolyglotException.class, () -> lua.eval("return greeter:greet('x')"));
            assertTrue(noHost.isGuestException(), noHost.getMessage());
            assertEquals(6, lua.eval("""
                            local co = coroutine.wrap(function(a)
                                local b = coroutine.yield(a + 1)
                                return b * 2
                            end)
                            return co(1) + co(2)
                            """).asInt());
        }
        Dunder lua = Dunder.lua().statementLimit(0).timeLimit(Duration.ofMillis(500)).build();
        DunderTimeoutException e = assertThrows(DunderTimeoutException.class, () -> lua.eval("while true do end"));
        assertTrue(((PolyglotException) e.getCause()).isCancelled());
    }

    @Test
    void exposingOneInterface() {
        try (Dunder py = Dunder.python().exposeInterfaces(Greeter.class).build()) {
            py.putGlobal("greeter", new PoliteGreeter());
            assertEquals("Good day, Ann", py.eval("greeter.greet('Ann')").asString());
            PolyglotException e = assertThrows(PolyglotException.class, () -> py.eval("greeter.secret()"));
            assertTrue(e.getMessage().contains("has no attribute 'secret'"), e.getMessage());
        }
    }

    @Test
    void statementLimitPerEvaluation() {
        try (Dunder py = Dunder.python().statementLimit(5_000).build()) {
            for (int i = 0; i < 5; i++) {
                // each evaluation gets the full budget again
                assertEquals(4950, py.eval("t = 0\nfor i in range(100):\n    t += i\nt").asInt());
            }
            PolyglotException e = assertThrows(PolyglotException.class, () -> py.eval("while True:\n    pass"));
            assertTrue(e.isResourceExhausted());
        }
    }

    @Test
    void timeLimitCancelsAnInfiniteLoop() {
        Dunder py = Dunder.python().statementLimit(0).timeLimit(Duration.ofMillis(500)).build();
        long start = System.nanoTime();
        DunderTimeoutException e = assertThrows(DunderTimeoutException.class, () -> py.eval("while True:\n    pass"));
        assertTrue(((PolyglotException) e.getCause()).isCancelled());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos());
        assertThrows(IllegalStateException.class, () -> py.eval("1"), "a cancelled context stays closed");
    }

    @Test
    void quickEvaluationsAreNotCancelled() {
        try (Dunder py = Dunder.python().timeLimit(Duration.ofSeconds(30)).build()) {
            for (int i = 0; i < 20; i++) {
                assertEquals(i * 2, py.eval(i + " * 2").asInt());
            }
        }
    }

    @Test
    void deepRecursionLeavesTheHostRunning() {
        try (Dunder py = Dunder.python().build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> py.eval("def f(n):\n    return f(n + 1)\nf(0)"));
            assertEquals("RecursionError: maximum recursion depth exceeded", e.getMessage());
            assertEquals(6, py.eval("sum([1, 2, 3])").asInt());
        }
    }

    /** Every model: a working sandbox if its mode is on the class path, a clear refusal if not. */
    @TestFactory
    List<DynamicTest> everyModel() {
        Map<DunderLanguage, String[]> programs = Map.of(
                        DunderLanguage.PYTHON, new String[]{"def twice(x):\n    return x * 2", "twice"},
                        DunderLanguage.LUA, new String[]{"function twice(x) return x * 2 end", "twice"},
                        DunderLanguage.JS, new String[]{"function twice(x) { return x * 2; }", "twice"});
        return List.of(DunderLanguage.values()).stream().map(lang -> DynamicTest.dynamicTest(lang.id(), () -> {
            if (lang.isInstalled()) {
                try (Dunder d = Dunder.of(lang).build()) {
                    String[] p = programs.get(lang);
                    d.eval(p[0]);
                    assertEquals(42, d.call(p[1], 21).asInt());
                }
            } else {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> Dunder.of(lang).build());
                assertTrue(e.getMessage().contains(lang.id()), e.getMessage());
                assertFalse(lang == DunderLanguage.PYTHON, "the Python mode is always installed");
            }
        })).toList();
    }
}
