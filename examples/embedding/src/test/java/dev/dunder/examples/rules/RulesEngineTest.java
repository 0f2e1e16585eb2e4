package dev.dunder.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The example runs: its demo prints the expected verdicts, and the sandbox holds. */
class RulesEngineTest {
    @Test
    void demoPrintsTheVerdicts() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RulesDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(EXPECTED, bytes.toString(StandardCharsets.UTF_8));
    }

    private static final String EXPECTED = """
                    rules: vip.py, bulk.py, loyalty.py, shipping.py, broken.py, runaway.py
                    A-1: 15% off
                      + vip.py 10% (VIP customer Ann)
                      + loyalty.py 2% (12 earlier orders)
                      + shipping.py 3% (Benelux order over 100)
                      ! broken.py:5: AttributeError: 'foreign' object has no attribute 'purchasePrice'
                      ! runaway.py: executed more than 100000 statements and was stopped
                    B-2: 5% off
                      + bulk.py 5% (1 x 10 of a kind)
                      ! broken.py:5: AttributeError: 'foreign' object has no attribute 'purchasePrice'
                      ! runaway.py: disabled after exceeding its limits
                    B-3: 0% off
                      ! broken.py:5: AttributeError: 'foreign' object has no attribute 'purchasePrice'
                      ! runaway.py: disabled after exceeding its limits
                    """;

    @Test
    void rulesSeeOnlyTheExposedInterface() {
        try (RulesEngine engine = new RulesEngine()) {
            engine.load("peek.py", "def evaluate(order):\n    return 1, order.customer().email()\n");
            engine.load("syntax.py", "def evaluate(order)\n    return None\n");
            Verdict v = engine.evaluate(RulesDemo.sampleOrders().get(0));
            assertEquals(List.of(), v.discounts());
            assertEquals(2, v.failures().size());
            assertEquals("syntax.py:1: SyntaxError: expected ':' (syntax.py, line 1)", v.failures().get(0).toString());
            assertTrue(v.failures().get(1).toString().contains("has no attribute 'email'"), v.failures().toString());
        }
    }

    @Test
    void theTimeLimitStopsASlowRule() {
        try (RulesEngine engine = new RulesEngine()) {
            // slow statements: the time limit is reached long before the statement limit
            engine.load("slow.py", "def evaluate(order):\n    while True:\n        s = sum(range(50000))\n");
            Verdict v = engine.evaluate(RulesDemo.sampleOrders().get(2));
            assertEquals(1, v.failures().size());
            assertTrue(v.failures().get(0).message().contains("ran longer than"), v.failures().toString());
        }
    }
}
