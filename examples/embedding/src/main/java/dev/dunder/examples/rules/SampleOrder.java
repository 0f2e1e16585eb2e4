package dev.dunder.examples.rules;

import java.util.List;

/**
 * An order as the application keeps it. Only the {@link Order} methods are visible to rules:
 * {@link #purchasePrice()} is the application's business, and a rule calling it gets an
 * AttributeError.
 */
public record SampleOrder(String id, Customer customer, double total, String country, List<String> items, double purchasePrice) implements Order {
}
