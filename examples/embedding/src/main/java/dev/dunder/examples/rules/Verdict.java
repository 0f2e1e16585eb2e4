package dev.dunder.examples.rules;

import java.util.List;

/** What the rules decided for one order: the discounts that apply (capped in total) and the rules that failed. */
public record Verdict(String orderId, List<Discount> discounts, List<RuleFailure> failures, double maxPercent) {
    /** The total percentage off, at most {@code maxPercent}. */
    public double percentOff() {
        return Math.min(maxPercent, discounts.stream().mapToDouble(Discount::percent).sum());
    }
}
