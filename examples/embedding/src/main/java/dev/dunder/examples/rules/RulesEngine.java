package dev.dunder.examples.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

import dev.dunder.embedding.Dunder;
import dev.dunder.embedding.DunderTimeoutException;

/**
 * Evaluates user-written discount rules, each a small Python script:
 *
 * <pre>
 * description = "VIP customers get 10% off"
 *
 * def evaluate(order):
 *     if order.customer().vip():
 *         return 10, "VIP customer"
 *     return None
 * </pre>
 *
 * {@code evaluate} returns None when the rule does not apply, else a percentage and a reason.
 *
 * <p>Rules are untrusted, so each runs in its own sandbox: it sees only the {@link Order}
 * and {@link Customer} interfaces, has no file or network access, may run at most
 * {@value #STATEMENT_LIMIT} statements and {@link #TIME_LIMIT} per evaluation. A rule that
 * breaks (a Python error, an endless loop) is reported as a {@link RuleFailure} with its
 * line, and the other rules still run. All rules share one polyglot engine, so their code
 * is parsed and compiled once per engine rather than once per rule.
 */
public final class RulesEngine implements AutoCloseable {
    static final long STATEMENT_LIMIT = 100_000;
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    private static final double MAX_PERCENT = 30;

    private final Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();
    private final List<LoadedRule> rules = new ArrayList<>();
    private final List<RuleFailure> loadFailures = new ArrayList<>();

    private record LoadedRule(String name, Dunder python) {
    }

    /** Loads a rule; a rule that does not even load is remembered as a failure of every verdict. */
    public void load(String name, String source) {
        Dunder python = Dunder.python()
                        .engine(engine)
                        .exposeInterfaces(Order.class, Customer.class)
                        .statementLimit(STATEMENT_LIMIT)
                        .timeLimit(TIME_LIMIT)
                        .build();
        try {
            python.eval(source, name);
            Value evaluate = python.getGlobal("evaluate");
            if (evaluate == null || !evaluate.canExecute()) {
                throw new IllegalArgumentException("defines no evaluate(order) function");
            }
            rules.add(new LoadedRule(name, python));
        } catch (PolyglotException | DunderTimeoutException | IllegalArgumentException e) {
            loadFailures.add(failure(name, e));
            python.close();
        }
    }

    public List<String> ruleNames() {
        return rules.stream().map(LoadedRule::name).toList();
    }

    /** Runs every rule on the order. */
    public Verdict evaluate(Order order) {
        List<Discount> discounts = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>(loadFailures);
        for (LoadedRule rule : rules) {
            if (rule.python().isCancelled()) {
                failures.add(new RuleFailure(rule.name(), 0, "disabled after exceeding its limits"));
                continue;
            }
            try {
                Value result = rule.python().call("evaluate", order);
                if (!result.isNull()) {
                    discounts.add(toDiscount(rule.name(), result));
                }
            } catch (PolyglotException | DunderTimeoutException | IllegalArgumentException e) {
                failures.add(failure(rule.name(), e));
            }
        }
        return new Verdict(order.id(), discounts, failures, MAX_PERCENT);
    }

    private static Discount toDiscount(String rule, Value result) {
        if (!result.hasArrayElements() || result.getArraySize() != 2 || !result.getArrayElement(0).isNumber()) {
            throw new IllegalArgumentException("evaluate() must return None or (percent, reason), not " + result);
        }
        return new Discount(rule, result.getArrayElement(0).asDouble(), result.getArrayElement(1).toString().replaceAll("^'|'$", ""));
    }

    /** A failure at the rule's line: the innermost guest frame of a Python error. */
    private static RuleFailure failure(String rule, RuntimeException e) {
        if (e instanceof DunderTimeoutException) {
            return new RuleFailure(rule, 0, "ran longer than " + TIME_LIMIT.toMillis() + " ms and was stopped");
        }
        if (e instanceof PolyglotException pe) {
            if (pe.isResourceExhausted()) {
                return new RuleFailure(rule, 0, "executed more than " + STATEMENT_LIMIT + " statements and was stopped");
            }
            SourceSection at = pe.getSourceLocation();
            return new RuleFailure(rule, at == null ? 0 : at.getStartLine(), pe.getMessage());
        }
        return new RuleFailure(rule, 0, e.getMessage());
    }

    @Override
    public void close() {
        for (LoadedRule r : rules) {
            r.python().close();
        }
        engine.close();
    }
}
