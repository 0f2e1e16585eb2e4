package dev.dunder.embedding.jsr223;

import org.graalvm.polyglot.Value;

/**
 * Guest values as the plain Java values JSR-223 callers expect: null for None/nil/undefined,
 * String, Boolean, Long/Double (a Python int too big for a long: BigInteger), the original
 * object for host objects, and otherwise the polyglot view of the value ({@code List} for
 * arrays, {@code Map} for dicts and objects, a functional proxy for functions).
 */
final class JavaValues {
    private JavaValues() {
    }

    static Object toJava(Value v) {
        if (v == null || v.isNull()) {
            return null;
        } else if (v.isHostObject()) {
            return v.asHostObject();
        } else if (v.isString()) {
            return v.asString();
        } else if (v.isBoolean()) {
            return v.asBoolean();
        } else if (v.isNumber()) {
            if (v.fitsInLong() && !isFloat(v)) {
                return v.asLong();
            } else if (v.fitsInBigInteger() && !isFloat(v)) {
                return v.asBigInteger();
            }
            return v.asDouble();
        }
        return v.as(Object.class);
    }

    /**
     * A float-typed number: 2.0 fits in a long but a float should stay a Double. The polyglot
     * view of a number cannot tell a big int from a float of the same value, so a value
     * whose meta-object is called {@code int} (Python's big ints) is an integer.
     */
    private static boolean isFloat(Value v) {
        Object o = v.as(Object.class);
        if (!(o instanceof Double || o instanceof Float)) {
            return false;
        }
        Value meta = v.getMetaObject();
        return meta == null || !"int".equals(meta.getMetaSimpleName());
    }
}
