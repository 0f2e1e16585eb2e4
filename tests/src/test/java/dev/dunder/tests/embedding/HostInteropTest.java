package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Python code using Java objects with Python syntax (the foreign-object path): attribute
 * reads and writes, method calls, len/indexing/iteration of Java arrays and lists, host
 * exceptions as catchable Python exceptions, and host access off unless the embedder
 * allows it.
 */
class HostInteropTest {
    public static class Account {
        @HostAccess.Export public String owner;
        @HostAccess.Export public int balance;
        @HostAccess.Export public int[] history = {5, 10, 15};

        public Account(String owner, int balance) {
            this.owner = owner;
            this.balance = balance;
        }

        @HostAccess.Export
        public int deposit(int amount) {
            balance += amount;
            return balance;
        }

        @HostAccess.Export
        public void withdraw(int amount) {
            if (amount > balance) {
                throw new IllegalStateException("insufficient funds");
            }
            balance -= amount;
        }

        @HostAccess.Export
        public List<String> tags() {
            return new ArrayList<>(List.of("a", "b", "c"));
        }

        @Override
        public String toString() {
            return owner + ":" + balance;
        }
    }

    private static Context context(HostAccess access) {
        return Context.newBuilder("dunder-python").allowHostAccess(access).option("engine.WarnInterpreterOnly", "false").build();
    }

    private static final HostAccess EXPLICIT_WITH_LISTS = HostAccess.newBuilder(HostAccess.EXPLICIT).allowListAccess(true).allowArrayAccess(true).build();

    @Test
    void hostObjectsWithPythonSyntax() {
        try (Context c = context(EXPLICIT_WITH_LISTS)) {
            Account acct = new Account("ann", 100);
            c.getBindings("dunder-python").putMember("acct", acct);
            Value r = c.eval("dunder-python", """
                            acct.deposit(50)
                            acct.owner = acct.owner.upper()
                            total = 0
                            for h in acct.history:
                                total += h
                            tags = acct.tags()
                            tags[2] = 'C'
                            acct.history[0] = 1
                            (acct.balance, acct.owner, total, len(acct.history), acct.history[-1], acct.history[0], len(tags), tags[2],
                             [t * 2 for t in tags], 'b' in tags, tags[1:], type(acct).__name__, bool(acct))
                            """);
            assertEquals("(150, 'ANN', 30, 3, 15, 1, 3, 'C', ['aa', 'bb', 'CC'], True, ['b', 'C'], 'foreign', True)", r.toString());
            assertEquals(1, acct.history[0], "the write reached the Java array");
            assertEquals("ANN", acct.owner, "the write reached the Java field");
            assertSame(acct, c.getBindings("dunder-python").getMember("acct").asHostObject());
        }
    }

    @Test
    void hostExceptionsAreCatchableAndPassThroughUncaught() {
        try (Context c = context(HostAccess.EXPLICIT)) {
            c.getBindings("dunder-python").putMember("acct", new Account("bob", 10));
            Value caught = c.eval("dunder-python", """
                            try:
                                acct.withdraw(1000)
                            except Exception as e:
                                caught = (type(e).__name__, str(e))
                            caught
                            """);
            assertEquals("('ForeignError', 'java.lang.IllegalStateException: insufficient funds')", caught.toString());
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-python", "acct.withdraw(1000)"));
            assertTrue(e.isHostException(), "an uncaught Java exception reaches Java as itself");
            assertEquals("insufficient funds", e.asHostException().getMessage());
        }
    }

    @Test
    void noHostAccessByDefault() {
        try (Context c = context(HostAccess.NONE)) {
            c.getBindings("dunder-python").putMember("acct", new Account("eve", 1));
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("dunder-python", "acct.balance"));
            assertEquals("AttributeError: 'foreign' object has no attribute 'balance'", e.getMessage());
            PolyglotException lookup = assertThrows(PolyglotException.class,
                            () -> c.eval("dunder-python", "import polyglot\npolyglot.java_type('java.lang.System')"));
            assertTrue(lookup.getMessage().contains("host class lookup is not allowed"), lookup.getMessage());
        }
    }

    @Test
    void hostClassLookupWhenAllowed() {
        try (Context c = Context.newBuilder("dunder-python").allowHostAccess(HostAccess.ALL).allowHostClassLookup(n -> n.equals("java.util.ArrayList"))
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            Value r = c.eval("dunder-python", """
                            import polyglot
                            ArrayList = polyglot.java_type('java.util.ArrayList')
                            xs = ArrayList()
                            xs.add(3)
                            xs.add(4)
                            (xs.size(), sum(xs), str(xs), isinstance(xs, ArrayList), isinstance([], ArrayList))
                            """);
            assertEquals("(2, 7, '[3, 4]', True, False)", r.toString());
            assertThrows(PolyglotException.class, () -> c.eval("dunder-python", "polyglot.java_type('java.lang.Runtime')"));
        }
    }

    @Test
    void javaCallbacksAndMapsFromPython() {
        try (Context c = context(HostAccess.ALL)) {
            Value apply = c.eval("dunder-python", "lambda f, x: f(x) + 1");
            java.util.function.Function<Number, Integer> twice = x -> x.intValue() * 2;
            assertEquals(11, apply.execute(twice, 5).asInt(), "a Java lambda is callable from Python");
            Value keys = c.eval("dunder-python", "lambda m: sorted(m.keySet())");
            assertEquals("['x', 'y']", keys.execute(Map.of("y", 1, "x", 2)).toString());
        }
    }
}
