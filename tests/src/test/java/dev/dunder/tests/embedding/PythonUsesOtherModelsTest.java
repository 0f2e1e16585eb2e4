package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Python code using Lua tables and JS objects in one polyglot context: {@code obj.m(args)}
 * is the other model's own method call (JS {@code this}, Lua {@code self}), attribute reads
 * follow the other model's lookup ({@code __index}, getters), and a method read without a
 * call stays bound to its object, as Python's bound methods are.
 */
class PythonUsesOtherModelsTest {
    private static Context polyglot() {
        return Context.newBuilder("dunder-python", "dunder-lua", "dunder-js").option("engine.WarnInterpreterOnly", "false").build();
    }

    @Test
    void luaMethodsGetSelf() {
        try (Context c = polyglot()) {
            c.eval("dunder-lua", """
                            Dog = {}
                            Dog.__index = Dog
                            function Dog.new(name) return setmetatable({ name = name }, Dog) end
                            function Dog:greet(other) return self.name .. " greets " .. other end
                            function Dog:noise() return "woof" end
                            rex = Dog.new("Rex")
                            """);
            c.getBindings("dunder-python").putMember("rex", c.getBindings("dunder-lua").getMember("rex"));
            Value r = c.eval("dunder-python", """
                            bound = rex.noise
                            f"{rex.greet('Bob')} / {bound()} / {rex.name} / {rex['name']}"
                            """);
            assertEquals("Rex greets Bob / woof / Rex / Rex", r.asString());
        }
    }

    @Test
    void jsMethodsGetThisAndGettersRun() {
        try (Context c = polyglot()) {
            Value v = c.eval("dunder-js", """
                            class Vector {
                                constructor(x, y) { this.x = x; this.y = y; }
                                get magnitude() { return Math.hypot(this.x, this.y); }
                                scaled(k) { return new Vector(this.x * k, this.y * k); }
                            }
                            new Vector(3, 4)
                            """);
            c.getBindings("dunder-python").putMember("v", v);
            Value r = c.eval("dunder-python", """
                            w = v.scaled(2)
                            scale = v.scaled
                            (v.magnitude, w.x, w.magnitude, scale(10).y)
                            """);
            assertEquals("(5.0, 6.0, 10.0, 40.0)", r.toString());
        }
    }
}
