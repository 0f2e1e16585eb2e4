package dev.dunder.examples.rules;

/** What a rule may see of a customer. */
public interface Customer {
    String name();

    boolean vip();

    /** Completed orders before this one. */
    int orderCount();
}
