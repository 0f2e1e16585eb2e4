package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyHashMap;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Python on values that are not its own and not plain Java objects: polyglot proxies are
 * interop objects exactly like another language's objects (a Lua table, a JS object), so
 * they exercise the foreign path generically — members as attributes, arrays and hashes
 * as sequences and mappings, executables as functions, in both directions.
 */
class ForeignValuesTest {
    private Context context;

    @BeforeEach
    void create() {
        context = Context.newBuilder("dunder-python").option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value py(String code) {
        return context.eval("dunder-python", code);
    }

    /** Proxies keep what guests write as polyglot Values. */
    private static long asLong(Object o) {
        return o instanceof Value v ? v.asLong() : ((Number) o).longValue();
    }

    private void put(String name, Object value) {
        context.getBindings("dunder-python").putMember(name, value);
    }

    @Test
    void membersAreAttributes() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", "table");
        fields.put("size", 3);
        put("obj", ProxyObject.fromMap(fields));
        assertEquals("('table', 4, True, False)", py("obj.size += 1\n(obj.name, obj.size, hasattr(obj, 'name'), hasattr(obj, 'nope'))").toString());
        assertEquals(4L, asLong(fields.get("size")), "the write went to the foreign object");
        assertEquals("['name', 'size']", py("sorted(n for n in dir(obj) if not n.startswith('__'))").toString());
        py("del obj.name");
        assertTrue(!fields.containsKey("name"));
        PolyglotException e = assertThrows(PolyglotException.class, () -> py("obj.missing"));
        assertEquals("AttributeError: 'foreign' object has no attribute 'missing'", e.getMessage());
        assertTrue(py("""
                        def both(o, n):
                            # the cached node path (o.size) and the reference path (foreign.__getattribute__)
                            return o.size == type(o).__getattribute__(o, n) == getattr(o, n)
                        all(both(obj, 'size') for _ in range(50))
                        """).asBoolean());
    }

    @Test
    void arraysAreSequences() {
        List<Object> items = new ArrayList<>(List.of(1, 2, 3));
        put("arr", ProxyArray.fromList(items));
        assertEquals("(3, 3, 1, [2, 3], 6, True, False)", py("(len(arr), arr[-1], arr[0], arr[1:], sum(arr), 2 in arr, 9 in arr)").toString());
        py("arr[0] = 10");
        assertEquals(10L, asLong(items.get(0)));
        PolyglotException e = assertThrows(PolyglotException.class, () -> py("arr[5]"));
        assertTrue(e.getMessage().startsWith("IndexError"), e.getMessage());
        assertEquals("[20, 4, 6]", py("[x * 2 for x in arr]").toString());
    }

    @Test
    void hashesAreMappings() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        put("h", ProxyHashMap.from(map));
        py("h['b'] = 2");
        assertEquals(2L, asLong(map.get("b")));
        assertEquals("(2, 1, ['a', 'b'], True)", py("(len(h), h['a'], [k for k in h], 'b' in h)").toString());
        PolyglotException e = assertThrows(PolyglotException.class, () -> py("h['zz']"));
        assertTrue(e.getMessage().startsWith("KeyError"), e.getMessage());
        py("del h['a']");
        assertEquals(List.of("b"), List.copyOf(map.keySet()));
    }

    @Test
    void executablesAreFunctionsAndGetPythonValues() {
        List<Object> seen = new ArrayList<>();
        put("f", (ProxyExecutable) args -> {
            for (Value a : args) {
                seen.add(a.toString());
            }
            return args.length;
        });
        assertEquals(3, py("f([1, 2], {'k': None}, 2 ** 80)").asInt());
        assertEquals(List.of("[1, 2]", "{'k': None}", "1208925819614629174706176"), seen, "Python values cross as themselves");
        PolyglotException e = assertThrows(PolyglotException.class, () -> py("f(x=1)"));
        assertTrue(e.getMessage().contains("keyword"), e.getMessage());
        assertEquals("foreign", py("type(f).__name__").asString());
        assertTrue(py("callable(f)").asBoolean());
    }
}
