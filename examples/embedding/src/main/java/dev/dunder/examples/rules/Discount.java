package dev.dunder.examples.rules;

/** One rule's verdict: a percentage off and the reason the rule gives. */
public record Discount(String rule, double percent, String reason) {
}
