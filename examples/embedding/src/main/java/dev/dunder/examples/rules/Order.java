package dev.dunder.examples.rules;

import java.util.List;

/**
 * What a rule may see of an order. This interface is the whole scripting API: the rules
 * engine exposes exactly these methods to the Python rules, nothing else of the classes
 * implementing it.
 */
public interface Order {
    String id();

    Customer customer();

    /** The order's value before discounts. */
    double total();

    /** ISO country code of the shipping address, e.g. "NL". */
    String country();

    /** Product codes, one per item. */
    List<String> items();
}
