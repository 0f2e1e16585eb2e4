package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Lua on values that are not its own: polyglot proxies are interop objects exactly like
 * another language's objects, so they exercise Lua's foreign path generically — members
 * as fields, arrays indexed from 1, hashes as keys, executables as functions.
 */
class LuaForeignValuesTest {
    private Context context;

    @BeforeEach
    void create() {
        context = Context.newBuilder("dunder-lua").option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value lua(String code) {
        return context.eval("dunder-lua", code);
    }

    private void put(String name, Object value) {
        context.getBindings("dunder-lua").putMember(name, value);
    }

    private static long asLong(Object o) {
        return o instanceof Value v ? v.asLong() : ((Number) o).longValue();
    }

    @Test
    void membersAreFields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", "proxy");
        fields.put("size", 3);
        put("obj", ProxyObject.fromMap(fields));
        assertEquals("proxy 4 nil userdata", lua("obj.size = obj.size + 1 return obj.name .. ' ' .. obj.size .. ' ' .. tostring(obj.nope) .. ' ' .. type(obj)").asString());
        assertEquals(4L, asLong(fields.get("size")), "the write went to the foreign object");
        assertEquals("name=proxy size=4", lua("""
                        local keys = {}
                        for k, v in pairs(obj) do keys[#keys + 1] = k .. '=' .. tostring(v) end
                        table.sort(keys)
                        return table.concat(keys, ' ')""").asString());
        assertTrue(lua("""
                        -- the cached node path and the reference path through a loop
                        local same = true
                        for i = 1, 50 do same = same and obj.size == obj['size'] end
                        return same""").asBoolean());
    }

    @Test
    void arraysCountFromOne() {
        List<Object> items = new ArrayList<>(List.of(1, 2, 3));
        put("arr", ProxyArray.fromList(items));
        assertEquals("3 1 3 6 nil", lua("""
                        local sum = 0
                        for i, x in ipairs(arr) do sum = sum + x end
                        return #arr .. ' ' .. arr[1] .. ' ' .. arr[3] .. ' ' .. sum .. ' ' .. tostring(arr[4])""").asString());
        lua("arr[1] = 10");
        assertEquals(10L, asLong(items.get(0)));
        assertEquals("1=10 2=2 3=3", lua("""
                        local out = {}
                        for k, v in pairs(arr) do out[#out + 1] = k .. '=' .. v end
                        return table.concat(out, ' ')""").asString());
    }

    @Test
    void hashesAreKeys() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        put("h", ProxyHashMap.from(map));
        lua("h['b'] = 2");
        assertEquals(2L, asLong(map.get("b")));
        assertEquals("1 2 nil a,b", lua("""
                        local keys = {}
                        for k in pairs(h) do keys[#keys + 1] = k end
                        return h.a .. ' ' .. h['b'] .. ' ' .. tostring(h.zz) .. ' ' .. table.concat(keys, ',')""").asString());
    }

    @Test
    void executablesAreFunctions() {
        List<Object> seen = new ArrayList<>();
        put("f", (ProxyExecutable) args -> {
            for (Value a : args) {
                seen.add(a.toString());
            }
            return args.length;
        });
        assertEquals(3, lua("return f(1, 'twó', nil)").asInt());
        assertEquals(List.of("1", "twó", "nil"), seen, "Lua values cross as themselves, strings as text");
        assertEquals("userdata", lua("return type(f)").asString());
        PolyglotException e = assertThrows(PolyglotException.class, () -> lua("local t = {} return obj_missing.x"));
        assertTrue(e.getMessage().contains("attempt to index a nil value (global 'obj_missing')"), e.getMessage());
        assertFalse(lua("return pcall(function() return #f end)").asBoolean(), "no length: Lua's error, caught by pcall");
    }
}
