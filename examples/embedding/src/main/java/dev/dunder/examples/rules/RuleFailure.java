package dev.dunder.examples.rules;

/** A rule that could not be applied: which rule, where in its script, and why. */
public record RuleFailure(String rule, int line, String message) {
    @Override
    public String toString() {
        return rule + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
