package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JS teaching helpers ({@code __dunder}) on each kind of [[Get]]: data, accessor, Proxy, primitive, null, missing. */
class JsTeachingTest {
    private Context context;

    @BeforeEach
    void create() {
        context = Context.newBuilder("dunder-js").option("engine.WarnInterpreterOnly", "false").build();
        js("""
                        class Vector {
                            constructor(x, y) { this.x = x; this.y = y; }
                            get magnitude() { globalThis.getterRuns = (globalThis.getterRuns || 0) + 1; return 5; }
                            dot(o) { return this.x * o.x + this.y * o.y; }
                        }
                        globalThis.Vector = Vector;
                        globalThis.vec = new Vector(3, 4);
                        globalThis.p = new Proxy({}, { get(t, k) { return 'trapped ' + String(k); } });
                        globalThis.plain = new Proxy({ a: 1 }, {});
                        """);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String js(String code) {
        return context.eval("dunder-js", code).toString();
    }

    private String explain(String expr, String name) {
        return context.eval("dunder-js", "__dunder.explain_text(" + expr + ", '" + name + "', " + quote(expr) + ")").asString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    @Test
    void explainWalksTheChainInTheEssaysWords() {
        String dot = explain("vec", "dot");
        assertTrue(dot.contains("own properties of vec: x, y — no 'dot'"), dot);
        assertTrue(dot.contains("[[Prototype]] is Vector.prototype"), dot);
        assertTrue(dot.contains("found data property 'dot' on Vector.prototype"), dot);
        assertTrue(dot.contains("this will be vec only when called as vec.dot(...)"), dot);
        String magnitude = explain("vec", "magnitude");
        assertTrue(magnitude.contains("called its getter with this = vec → 5"), magnitude);
        assertEquals("1", js("globalThis.getterRuns"), "explaining runs the getter exactly once");
        String missing = explain("vec", "nope");
        assertTrue(missing.contains("[[Prototype]] of Object.prototype is null: 'nope' is nowhere on the chain"), missing);
        assertTrue(missing.endsWith("→ undefined\n"), missing);
        String primitive = explain("'abc'", "toUpperCase");
        assertTrue(primitive.contains("is a string primitive: ToObject wraps it, so the search starts at String.prototype"), primitive);
        String length = explain("'abc'", "length");
        assertTrue(length.contains("→ 3"), length);
        String nothing = explain("null", "x");
        assertTrue(nothing.contains("→ TypeError: Cannot read properties of null (reading 'x')"), nothing);
        String trapped = explain("p", "foo");
        assertTrue(trapped.contains("is a Proxy: its [[Get]] calls the handler's get trap"), trapped);
        assertTrue(trapped.contains("→ 'trapped foo'"), trapped);
        String forwarded = explain("plain", "a");
        assertTrue(forwarded.contains("handler has no get trap: [[Get]] goes on to its target"), forwarded);
        assertTrue(forwarded.contains("found data property 'a'"), forwarded);
    }

    @Test
    void scriptsPrintTheSameViews() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (Context c = Context.newBuilder("dunder-js").out(out).option("engine.WarnInterpreterOnly", "false").build()) {
            c.eval("dunder-js", "class A { m() {} }\nconst a = new A();\n__dunder.explain(a, 'm', 'a');\n__dunder.chain(a, 'a');\n__dunder.draw(a, 'a');");
        }
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(printed.contains("found data property 'm' on A.prototype"), printed);
        assertTrue(printed.contains("a → A.prototype → Object.prototype → null"), printed);
        assertTrue(printed.contains("│ a: A instance"), printed);
    }

    @Test
    void drawChainAndHelp() {
        String box = context.eval("dunder-js", "__dunder.draw_text(vec, 'box', 'vec')").asString();
        assertTrue(box.contains("│ vec: Vector instance"), box);
        assertTrue(box.contains("magnitude: accessor (get)"), box);
        assertTrue(box.contains("constructor: [class Vector]"), box);
        assertTrue(box.contains("│ null"), box);
        String dot = context.eval("dunder-js", "__dunder.draw_text(vec, 'dot', 'vec')").asString();
        assertTrue(dot.startsWith("digraph lookup {") && dot.contains("[[Prototype]]"), dot);
        assertEquals("vec → Vector.prototype → Object.prototype → null\n", context.eval("dunder-js", "__dunder.chain_text(vec, 'vec')").asString());
        assertEquals("Vector → Function.prototype → Object.prototype → null\n", context.eval("dunder-js", "__dunder.chain_text(Vector, 'Vector')").asString());
        String help = context.eval("dunder-js", "__dunder.help_text(vec, 'vec')").asString();
        assertTrue(help.contains("made by Vector") && help.contains("own properties: x, y"), help);
    }

    @Test
    void completionListsInheritedMethodsWithoutRunningGetters() {
        List<String> members = List.of(context.eval("dunder-js", "__dunder.completions('vec.')").asString().split("\n"));
        assertTrue(members.containsAll(List.of("vec.x", "vec.y", "vec.dot", "vec.magnitude", "vec.hasOwnProperty")), members.toString());
        assertEquals("undefined", js("globalThis.getterRuns"), "completion never runs a getter");
        List<String> names = List.of(context.eval("dunder-js", "__dunder.completions('Ma')").asString().split("\n"));
        assertTrue(names.contains("Math") && names.contains("Map"), names.toString());
        assertTrue(List.of(context.eval("dunder-js", "__dunder.completions('p.')").asString().split("\n")).equals(List.of("")),
                        "a Proxy stops completion: its traps never run");
        assertFalse(js("Object.keys(globalThis).join()").contains("__dunder"), "the helpers are not enumerable");
    }
}
