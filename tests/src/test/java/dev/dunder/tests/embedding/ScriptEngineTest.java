package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

import org.graalvm.polyglot.HostAccess;
import org.junit.jupiter.api.Test;

import dev.dunder.embedding.DunderLanguage;

/** JSR-223: the engine is found by name, extension and MIME type; bindings are globals; Invocable works. */
class ScriptEngineTest {
    public interface Calculator {
        int add(int a, int b);
    }

    public static class Counter {
        private int count;

        @HostAccess.Export
        public int increment() {
            return ++count;
        }
    }

    private static ScriptEngine python() {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("dunder-python");
        assertNotNull(engine);
        return engine;
    }

    @Test
    void foundByNameExtensionAndMimeType() {
        ScriptEngineManager manager = new ScriptEngineManager();
        assertNotNull(manager.getEngineByExtension("py"));
        assertNotNull(manager.getEngineByMimeType("text/x-python-dunder"));
        ScriptEngine engine = python();
        assertEquals("dunder-python", engine.getFactory().getNames().get(0));
        assertEquals("python", engine.getFactory().getLanguageName());
        assertEquals("obj.m(a, b)", engine.getFactory().getMethodCallSyntax("obj", "m", "a", "b"));
        for (DunderLanguage lang : List.of(DunderLanguage.LUA, DunderLanguage.JS)) {
            assertTrue(lang.isInstalled(), lang.id());
            assertEquals(lang.id(), manager.getEngineByName(lang.id()).getFactory().getNames().get(0));
            assertEquals(lang.id(), manager.getEngineByExtension(lang.extension()).getFactory().getNames().get(0));
            assertEquals(lang.id(), manager.getEngineByMimeType(lang.mimeType()).getFactory().getNames().get(0));
            assertEquals(lang.languageName(), manager.getEngineByName(lang.id()).getFactory().getLanguageName());
        }
        assertEquals("obj:m(a, b)", manager.getEngineByName("dunder-lua").getFactory().getMethodCallSyntax("obj", "m", "a", "b"));
    }

    @Test
    void bindingsAreGlobalsAndEvalReturnsJavaValues() throws ScriptException {
        ScriptEngine engine = python();
        engine.put("n", 20);
        assertEquals(22L, engine.eval("n + 2"));
        engine.eval("greeting = 'hello'\nitems = [1, 2.5, 'x']\nbig = 2 ** 70\nnothing = None\nflag = True\nd = {'k': 1}");
        assertEquals("hello", engine.get("greeting"));
        assertEquals(List.of(1L, 2.5, "x"), List.copyOf((List<?>) engine.get("items")));
        assertEquals(BigInteger.TWO.pow(70), engine.get("big"));
        assertNull(engine.get("nothing"));
        assertEquals(true, engine.get("flag"));
        assertEquals(1L, ((Map<?, ?>) engine.get("d")).get("k"));
        assertEquals(2.0, engine.eval("4 / 2"));
        Bindings globals = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        assertTrue(globals.containsKey("greeting"));
        globals.remove("greeting");
        assertThrows(ScriptException.class, () -> engine.eval("greeting"));
        engine.getBindings(ScriptContext.ENGINE_SCOPE).put("counter", new Counter());
        assertEquals(2L, engine.eval("counter.increment()\ncounter.increment()"), "@HostAccess.Export members are usable");
    }

    @Test
    void otherBindingsAndGlobalScope() throws ScriptException {
        ScriptEngineManager manager = new ScriptEngineManager();
        manager.put("shared", "from the manager");
        ScriptEngine engine = manager.getEngineByName("dunder-python");
        assertEquals("from the manager!", engine.eval("shared + '!'"));
        Bindings own = new SimpleBindings();
        own.put("x", 5);
        assertEquals(10L, engine.eval("x * 2", own));
    }

    @Test
    void invocable() throws Exception {
        ScriptEngine engine = python();
        engine.eval("""
                        def add(a, b):
                            return a + b
                        class Box:
                            def __init__(self, v):
                                self.v = v
                            def get(self, extra):
                                return self.v + extra
                        """);
        Invocable inv = (Invocable) engine;
        assertEquals(5L, inv.invokeFunction("add", 2, 3));
        Object box = engine.eval("Box(40)");
        assertEquals(42L, inv.invokeMethod(box, "get", 2));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("missing"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(box, "missing"));
        Calculator calc = inv.getInterface(Calculator.class);
        assertEquals(9, calc.add(4, 5));
    }

    @Test
    void errorsAreScriptExceptionsWithLines() {
        ScriptEngine engine = python();
        engine.getContext().setAttribute(ScriptEngine.FILENAME, "rules.py", ScriptContext.ENGINE_SCOPE);
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("x = 1\ny = 2\nz = x / 0\n"));
        assertEquals(3, e.getLineNumber());
        assertEquals("rules.py", e.getFileName());
        assertTrue(e.getMessage().startsWith("ZeroDivisionError: division by zero"), e.getMessage());
        ScriptException syntax = assertThrows(ScriptException.class, () -> engine.eval("a = 1\nb = = 2\n"));
        assertEquals(2, syntax.getLineNumber());
        assertInstanceOf(org.graalvm.polyglot.PolyglotException.class, syntax.getCause());
    }

    @Test
    void outputGoesToTheContextWriter() throws ScriptException {
        ScriptEngine engine = python();
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("print('héllo', 42)");
        assertEquals("héllo 42\n", out.toString());
    }
}
