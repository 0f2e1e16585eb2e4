package dev.dunder.examples.rules;

/** A customer as the application keeps it; rules see it through {@link Customer}. */
public record SampleCustomer(String name, boolean vip, int orderCount, String email) implements Customer {
}
