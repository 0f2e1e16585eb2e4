package dev.dunder.js.nodes;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The JavaScript nodes' type system: a number is an {@code int} (an int32 that is not -0,
 * V8's small integer) or a {@code double}, and every specialization written for doubles
 * also takes ints, so the int paths are an addition in front (loop counters and sums of
 * small integers stay in integer registers) and never a second copy of the double ones.
 */
@TypeSystem({int.class, double.class, boolean.class})
public abstract class JSTypes {

    @ImplicitCast
    public static double intToDouble(int value) {
        return value;
    }
}
