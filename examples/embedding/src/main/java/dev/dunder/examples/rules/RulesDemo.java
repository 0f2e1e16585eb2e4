package dev.dunder.examples.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the rules shipped in {@code src/main/resources/rules} and prints the verdict for a
 * few orders: {@code mvn -f examples/embedding/pom.xml -q compile exec:exec}.
 */
public final class RulesDemo {
    static final List<String> RULES = List.of("vip.py", "bulk.py", "loyalty.py", "shipping.py", "broken.py", "runaway.py");

    private RulesDemo() {
    }

    public static void main(String[] args) throws IOException {
        run(System.out);
    }

    static void run(PrintStream out) throws IOException {
        try (RulesEngine engine = new RulesEngine()) {
            for (String name : RULES) {
                engine.load(name, resource("/rules/" + name));
            }
            out.println("rules: " + String.join(", ", engine.ruleNames()));
            for (Order order : sampleOrders()) {
                Verdict v = engine.evaluate(order);
                out.printf("%s: %.0f%% off%n", v.orderId(), v.percentOff());
                for (Discount d : v.discounts()) {
                    out.printf("  + %s %.0f%% (%s)%n", d.rule(), d.percent(), d.reason());
                }
                for (RuleFailure f : v.failures()) {
                    out.println("  ! " + f);
                }
            }
        }
    }

    static List<Order> sampleOrders() {
        Customer ann = new SampleCustomer("Ann", true, 12, "ann@example.org");
        Customer bob = new SampleCustomer("Bob", false, 0, "bob@example.org");
        return List.of(
                        new SampleOrder("A-1", ann, 250.0, "NL", List.of("tea", "tea", "cup"), 120.0),
                        new SampleOrder("B-2", bob, 40.0, "DE", List.of("pen", "pen", "pen", "pen", "pen", "pen", "pen", "pen", "pen", "pen", "pen", "pen"), 10.0),
                        new SampleOrder("B-3", bob, 15.0, "US", List.of("card"), 2.0));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RulesDemo.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
