package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * JavaScript objects seen from Java with JavaScript's rules (getters and setters run,
 * methods get the object as this, arrays are arrays), and JavaScript code using other
 * languages' objects and Java objects through interop.
 */
class JsInteropTest {
    private static Context context() {
        return Context.newBuilder("dunder-js").option("engine.WarnInterpreterOnly", "false").build();
    }

    private static final String VECTOR = """
                    class Vector {
                        constructor(x, y) { this.x = x; this.y = y; }
                        get magnitude() { return Math.sqrt(this.x * this.x + this.y * this.y); }
                        set magnitude(m) { const f = m / this.magnitude; this.x *= f; this.y *= f; }
                        dot(o) { return this.x * o.x + this.y * o.y; }
                        scaled(k) { return new Vector(this.x * k, this.y * k); }
                    }
                    """;

    @Test
    void javaReadsWritesAndInvokesJsObjects() {
        try (Context c = context()) {
            Value v = c.eval("dunder-js", VECTOR + "new Vector(3, 4)");
            assertEquals(3, v.getMember("x").asInt());
            assertEquals(5.0, v.getMember("magnitude").asDouble(), "the getter runs with this = the object");
            assertEquals(25, v.invokeMember("dot", v).asInt(), "invokeMember passes the object as this");
            assertTrue(v.canInvokeMember("dot"));
            assertFalse(v.canInvokeMember("x"));
            assertEquals(Set.of("x", "y"), v.getMemberKeys(), "the enumerable keys: methods live, not enumerable, on the prototype");
            assertTrue(v.hasMember("dot"), "inherited members are readable");
            v.putMember("magnitude", 10);
            assertEquals(6.0, v.getMember("x").asDouble(), 1e-9, "the setter ran");
            v.putMember("label", "new");
            assertEquals("new", v.getMember("label").asString());
            v.removeMember("label");
            assertFalse(v.hasMember("label"));
            assertEquals("Vector", v.getMetaObject().getMetaSimpleName());
            assertTrue(v.getMetaObject().isMetaInstance(v));
            assertEquals("Vector { x: 6, y: 8 }", v.toString(), "toDisplayString is Node's inspect");
            PolyglotException e = assertThrows(PolyglotException.class, () -> v.invokeMember("nope"));
            assertTrue(e.getMessage().contains("Vector.nope is not a function"), e.getMessage());
        }
    }

    @Test
    void functionsConstructorsAndArrays() {
        try (Context c = context()) {
            Value vector = c.eval("dunder-js", VECTOR + "Vector");
            assertTrue(vector.canInstantiate());
            Value v = vector.newInstance(1, 2);
            assertEquals(5, v.invokeMember("dot", v).asInt());
            Value thisOf = c.eval("dunder-js", "(function () { 'use strict'; return typeof this; })");
            assertEquals("undefined", thisOf.execute().asString(), "execute calls with this undefined");
            Value arr = c.eval("dunder-js", "[10, 'b', [1, 2]]");
            assertTrue(arr.hasArrayElements());
            assertEquals(3, arr.getArraySize());
            assertEquals("b", arr.getArrayElement(1).asString());
            arr.setArrayElement(3, 40);
            assertEquals(4, arr.getArraySize());
            assertEquals("[ 10, 'b', [ 1, 2 ], 40 ]", arr.toString());
            assertEquals(List.of(10, 40), List.of(arr.getArrayElement(0).asInt(), arr.getArrayElement(3).asInt()));
            Value map = c.eval("dunder-js", "new Map([['a', 1], [2, 'two']])");
            assertTrue(map.hasHashEntries());
            assertEquals(2, map.getHashSize());
            assertEquals("two", map.getHashValue(2).asString(), "a Java int key finds the JS number key");
            map.putHashEntry("c", 3);
            assertEquals(3, c.eval("dunder-js", "(m) => m.get('c')").execute(map).asInt());
            Value entries = map.getHashEntriesIterator();
            assertEquals("a", entries.getIteratorNextElement().getArrayElement(0).asString());
            Value gen = c.eval("dunder-js", "(function* () { yield 1; yield 2; })()");
            assertTrue(gen.hasIterator());
            Value it = gen.getIterator();
            int sum = 0;
            while (it.hasIteratorNextElement()) {
                sum += it.getIteratorNextElement().asInt();
            }
            assertEquals(3, sum, "Java iterates a generator through its own protocol");
            Value add = c.eval("dunder-js", "(a, b) => a + b");
            assertEquals(7, add.execute(3, 4).asInt(), "Java ints arrive as JS numbers");
            assertEquals("7", add.execute(3, 4).toString(), "JS numbers display as Node shows them");
            assertEquals("'s'", c.eval("dunder-js", "'s'").toString());
        }
    }

    @Test
    void anEmbeddersSourceIsAScriptWhoseDeclarationsAreGlobals() {
        try (Context c = context()) {
            c.eval("dunder-js", "var greeting = 'hi'; function add(a, b) { return a + b; }\n"
                            + "let count = 3; const limit = 10; class Point { constructor(x) { this.x = x; } }\n"
                            + "var hoisted = typeof later; var later = 1;");
            Value bindings = c.getBindings("dunder-js");
            assertEquals("hi", bindings.getMember("greeting").asString(), "a top-level var is a global");
            assertEquals(5, bindings.getMember("add").execute(2, 3).asInt(), "a top-level function is a global");
            assertEquals(3, bindings.getMember("count").asInt(), "let is in the global lexical scope, readable through the bindings");
            assertEquals(10, bindings.getMember("limit").asInt());
            assertEquals(4, bindings.getMember("Point").newInstance(4).getMember("x").asInt());
            assertEquals("undefined", bindings.getMember("hoisted").asString(), "var hoisting within the script");
            assertEquals(5, c.eval("dunder-js", "add(greeting.length, count)").asInt(), "a later script sees the earlier one's declarations");
            assertTrue(c.eval("dunder-js", "this === globalThis && globalThis.greeting === 'hi'").asBoolean(), "a script's this is the global object");
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-js", "limit = 11"));
            assertTrue(e.getMessage().contains("Assignment to constant variable."), e.getMessage());
            PolyglotException ret = assertThrows(PolyglotException.class, () -> c.eval("dunder-js", "if (true) return 1;"));
            assertTrue(ret.isSyntaxError() && ret.getMessage().contains("SyntaxError: Illegal return statement"), ret.getMessage());
            assertEquals(3, c.eval("dunder-js", "(() => { return 3; })()").asInt(), "return inside a function is fine");
            bindings.putMember("fromJava", 7);
            assertEquals(14, c.eval("dunder-js", "add(fromJava, fromJava)").asInt());
        }
    }

    @Test
    void theModuleScopeOptionRunsSourcesAsNodeRunsAFile() {
        try (Context c = Context.newBuilder("dunder-js").option("engine.WarnInterpreterOnly", "false").option("dunder-js.ModuleScope", "true").build()) {
            assertEquals("undefinedundefined", c.eval("dunder-js", "var x = 1; function f() {} typeof globalThis.x + typeof globalThis.f").asString());
            assertTrue(c.eval("dunder-js", "this !== globalThis").asBoolean(), "a module's this is its exports object");
            assertFalse(c.getBindings("dunder-js").hasMember("x"));
        }
    }

    @Test
    void theReadmeSnippetWorks() {
        try (dev.dunder.embedding.Dunder js = dev.dunder.embedding.Dunder.js().build()) {
            js.eval("function area(w, h) { return w * h; }");
            int a = js.call("area", 6, 7).asInt();
            assertEquals(42, a);
        }
    }

    @Test
    void guestErrorsCarryJsLocations() {
        try (Context c = context()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval(
                            org.graalvm.polyglot.Source.newBuilder("dunder-js", "function f(o) {\n  return o.x.y;\n}\nf({});\n", "broken.js").buildLiteral()));
            assertTrue(e.isGuestException());
            assertTrue(e.getMessage().contains("TypeError: Cannot read properties of undefined (reading 'y')"), e.getMessage());
            assertEquals("broken.js", e.getSourceLocation().getSource().getName());
            assertEquals(2, e.getSourceLocation().getStartLine());
            boolean frameOfF = false;
            for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
                if (f.isGuestFrame() && "f".equals(f.getRootName()) && f.getSourceLocation() != null && f.getSourceLocation().getStartLine() == 2) {
                    frameOfF = true;
                }
            }
            assertTrue(frameOfF, "the guest stack has f's frame at broken.js:2");
        }
    }

    @Test
    void everyGuestFrameHasItsNameAndSourceLocation() {
        try (Context c = context()) {
            String program = "function inner(x) {\n  return x.missing.deeper;\n}\nfunction outer() {\n  return inner({});\n}\nouter();\n";
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval(
                            org.graalvm.polyglot.Source.newBuilder("dunder-js", program, "frames.js").buildLiteral()));
            List<String> frames = new java.util.ArrayList<>();
            for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
                if (f.isGuestFrame()) {
                    assertTrue(f.getSourceLocation() != null, "frame " + f.getRootName() + " has a source location");
                    frames.add(f.getRootName() + "@" + f.getSourceLocation().getSource().getName() + ":" + f.getSourceLocation().getStartLine());
                }
            }
            assertEquals(List.of("inner@frames.js:2", "outer@frames.js:5", ":program@frames.js:7"), frames);

            String thrown = "function inner() {\n  throw new TypeError('bad input');\n}\ninner();\n";
            PolyglotException t = assertThrows(PolyglotException.class, () -> c.eval(
                            org.graalvm.polyglot.Source.newBuilder("dunder-js", thrown, "thrown.js").buildLiteral()));
            frames.clear();
            for (PolyglotException.StackFrame f : t.getPolyglotStackTrace()) {
                if (f.isGuestFrame()) {
                    assertTrue(f.getSourceLocation() != null, "frame " + f.getRootName() + " has a source location");
                    frames.add(f.getRootName() + "@" + f.getSourceLocation().getStartLine());
                }
            }
            assertEquals(List.of("inner@2", ":program@4"), frames);
            String builtin = "function inner(a) {\n  return a.reduce((x, y) => x + y);\n}\ninner([]);\n";
            PolyglotException b = assertThrows(PolyglotException.class, () -> c.eval(
                            org.graalvm.polyglot.Source.newBuilder("dunder-js", builtin, "builtin.js").buildLiteral()));
            frames.clear();
            for (PolyglotException.StackFrame f : b.getPolyglotStackTrace()) {
                if (f.isGuestFrame() && f.getSourceLocation() != null) {
                    frames.add(f.getRootName() + "@" + f.getSourceLocation().getStartLine());
                }
            }
            assertTrue(frames.containsAll(List.of("inner@2", ":program@4")), frames.toString());
            for (String body : List.of("undefinedFunction()", "null.x", "let u; u.y = 1", "new (5)()", "JSON.parse('{')", "notDefined + 1",
                            "Symbol() + ''", "[].reduce((x, y) => x)", "Object.defineProperty(1, 'x', {})", "new Array(-1)", "x.y.z()")) {
                String source = "function inner(x) {\n  " + body + ";\n}\ninner({});\n";
                PolyglotException k = assertThrows(PolyglotException.class, () -> c.eval(
                                org.graalvm.polyglot.Source.newBuilder("dunder-js", source, "kinds.js").buildLiteral()));
                List<String> seen = new java.util.ArrayList<>();
                for (PolyglotException.StackFrame f : k.getPolyglotStackTrace()) {
                    if (f.isGuestFrame()) {
                        seen.add(f.getRootName() + "@" + (f.getSourceLocation() == null ? "?" : f.getSourceLocation().getStartLine()));
                    }
                }
                assertTrue(seen.containsAll(List.of("inner@2", ":program@4")) && !seen.contains("inner@?"), body + ": " + seen);
            }
        }
    }

    @Test
    void jsUsesAPythonObjectWithPythonsRules() {
        try (Context c = Context.newBuilder("dunder-js", "dunder-python").allowPolyglotAccess(PolyglotAccess.ALL)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            Value t = c.eval("dunder-python", """
                            class Thermo:
                                def __init__(self):
                                    self.reads = 0
                                    self.c = 20
                                @property
                                def fahrenheit(self):
                                    self.reads += 1
                                    return self.c * 9 / 5 + 32
                                def warm(self, by):
                                    self.c += by
                                    return self.c
                            Thermo()
                            """);
            c.getBindings("dunder-js").putMember("t", t);
            c.getBindings("dunder-js").putMember("Thermo", c.eval("dunder-python", "Thermo"));
            Value r = c.eval("dunder-js", """
                            const f = t.fahrenheit;
                            const w = t.warm(5);
                            t.c = 100;
                            const t2 = new Thermo();
                            [f, w, t.fahrenheit, t.reads, typeof t, typeof t.warm, String(t).includes('Thermo object'), t2.c, `${t.missing}`].join(' ')
                            """);
            assertEquals("68 25 212 2 object function true 20 undefined", r.asString());
            c.getBindings("dunder-js").putMember("fail", c.eval("dunder-python", "def fail():\n    raise ValueError('from python')\nfail"));
            String caught = c.eval("dunder-js", "let r; try { fail(); r = 'no'; } catch (e) { r = 'caught ' + String(e); } r").asString();
            assertTrue(caught.startsWith("caught ") && caught.contains("from python"), "a Python exception is catchable in JS: " + caught);
            c.getBindings("dunder-python").putMember("jv", c.eval("dunder-js", VECTOR + "new Vector(3, 4)"));
            assertEquals("5.0 3.0 25.0", c.eval("dunder-python", "f'{jv.magnitude} {jv.x} {jv.dot(jv)}'").asString(),
                            "Python code uses a JS object by JS rules: the getter runs, the method gets the object as this");
            Value list = c.eval("dunder-python", "[1, 2, 3]");
            c.getBindings("dunder-js").putMember("xs", list);
            assertEquals("6 3 2", c.eval("dunder-js", "let s = 0; for (const x of xs) s += x; [s, xs.length, xs[1]].join(' ')").asString());
            assertEquals("[10,20,30] 1-2-3 1 c,fahrenheit,reads,warm", c.eval("dunder-js",
                            "[JSON.stringify(xs.map(x => x * 10)), xs.join('-'), xs.indexOf(2), Object.keys(t).sort().join()].join(' ')").asString(),
                            "a foreign array has Array.prototype's methods; Object.keys lists a foreign object's members");
            c.getBindings("dunder-js").putMember("d", c.eval("dunder-python", "{'k': 1}"));
            assertEquals("6 true false 1 3 true NaN", c.eval("dunder-js",
                            "const [a, ...rest] = xs; d.z = 3; [Math.max(...xs) + [...rest].length + a, 0 in xs, 5 in xs, d.k, d['z'], 'z' in d, +t].join(' ')")
                            .asString(), "spread, destructuring, in, a Python dict's keys, ToPrimitive of an object");
        }
    }

    @Test
    void javaIteratesGeneratorsMapsAndSets() {
        try (Context c = context()) {
            c.eval("dunder-js", "function* count(n) { for (let i = 1; i <= n; i++) yield i * 10; }");
            Value gen = c.eval("dunder-js", "count(3)");
            assertTrue(gen.hasIterator(), "a generator is iterable");
            assertTrue(gen.isIterator(), "a generator is its own iterator");
            assertTrue(gen.hasIteratorNextElement());
            assertEquals(10, gen.getIteratorNextElement().asInt());
            List<Integer> rest = new java.util.ArrayList<>();
            Value it = gen.getIterator();
            while (it.hasIteratorNextElement()) {
                rest.add(it.getIteratorNextElement().asInt());
            }
            assertEquals(List.of(20, 30), rest, "getIterator of a generator continues it (its [Symbol.iterator] returns itself)");
            assertFalse(gen.hasIteratorNextElement());
            assertThrows(java.util.NoSuchElementException.class, gen::getIteratorNextElement);

            Value map = c.eval("dunder-js", "new Map([['a', 1], ['b', 2]])");
            assertTrue(map.hasHashEntries());
            assertEquals(2, map.getHashSize());
            assertEquals(2, map.getHashValue("b").asInt());
            map.putHashEntry("c", 3);
            assertEquals(3, c.eval("dunder-js", "(m) => m.get('c')").execute(map).asInt(), "a hash entry Java puts is a Map entry");
            List<String> entries = new java.util.ArrayList<>();
            Value entryIt = map.getHashEntriesIterator();
            while (entryIt.hasIteratorNextElement()) {
                Value pair = entryIt.getIteratorNextElement();
                entries.add(pair.getArrayElement(0).asString() + "=" + pair.getArrayElement(1).asInt());
            }
            assertEquals(List.of("a=1", "b=2", "c=3"), entries, "insertion order");
            Value keys = map.getHashKeysIterator();
            assertEquals("a", keys.getIteratorNextElement().asString());
            assertTrue(map.hasIterator(), "for-of over a Map gives [key, value] pairs");
            assertEquals("a", map.getIterator().getIteratorNextElement().getArrayElement(0).asString());

            Value set = c.eval("dunder-js", "new Set(['x', 'y', 'x', 'z'])");
            List<String> members = new java.util.ArrayList<>();
            Value setIt = set.getIterator();
            while (setIt.hasIteratorNextElement()) {
                members.add(setIt.getIteratorNextElement().asString());
            }
            assertEquals(List.of("x", "y", "z"), members);
            Value values = c.eval("dunder-js", "new Set([1, 2]).values()");
            assertTrue(values.isIterator(), "a builtin iterator object is an iterator");
            assertEquals(1, values.getIteratorNextElement().asInt());
            assertEquals(2, values.getIteratorNextElement().asInt());
            assertFalse(values.hasIteratorNextElement());
        }
    }

    @Test
    void jsCallsALuaMethodWithSelf() {
        try (Context c = Context.newBuilder("dunder-js", "dunder-lua").allowPolyglotAccess(PolyglotAccess.ALL)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            Value account = c.eval("dunder-lua", """
                            local Account = {}
                            Account.__index = Account
                            function Account.new(owner) return setmetatable({owner = owner, balance = 0}, Account) end
                            function Account:deposit(n) self.balance = self.balance + n; return self.balance end
                            function Account:show(prefix) return prefix .. self.owner .. ' has ' .. math.floor(self.balance) end
                            return Account.new('ada')
                            """);
            c.getBindings("dunder-js").putMember("t", account);
            assertEquals("x: ada has 15", c.eval("dunder-js", "t.deposit(10); t.deposit(5); t.show('x: ')").asString(),
                            "t.m(args) is the Lua table's own method call: the method gets t as self");
            assertEquals(15, account.getMember("balance").asInt());
            assertEquals("function", c.eval("dunder-js", "typeof t.show").asString());
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-js", "t.missing()"));
            assertTrue(e.getMessage().contains("is not a function"), e.getMessage());
        }
    }

    public static class Greeter {
        @HostAccess.Export public String name = "java";

        @HostAccess.Export
        public String greet(String who) {
            return "hello " + who + " from " + name;
        }
    }

    @Test
    void jsCallsJavaMethodsOnlyWhenTheEmbedderAllowsIt() {
        try (Context c = Context.newBuilder("dunder-js").allowHostAccess(HostAccess.EXPLICIT).option("engine.WarnInterpreterOnly", "false").build()) {
            c.getBindings("dunder-js").putMember("g", new Greeter());
            assertEquals("hello js from java", c.eval("dunder-js", "g.greet('js')").asString());
            c.eval("dunder-js", "g.name = 'the host'");
            assertEquals("hello js from the host", c.eval("dunder-js", "g.greet('js')").asString());
        }
        try (Context c = Context.newBuilder("dunder-js").allowHostAccess(HostAccess.NONE).option("engine.WarnInterpreterOnly", "false").build()) {
            c.getBindings("dunder-js").putMember("g", new Greeter());
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-js", "g.greet('js')"));
            assertTrue(e.getMessage().contains("g.greet is not a function"), e.getMessage());
        }
    }
}
