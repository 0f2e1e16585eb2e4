package dev.dunder.runtime.js.objects;

import java.util.List;

/**
 * A class constructor's [[Fields]] and [[PrivateMethods]] (ECMA-262 §15.7.14): what
 * InitializeInstanceElements puts on every new instance, in order — private methods
 * and accessors first, then the fields with their initializers' values.
 */
public final class ClassElements {
    /** A field: its key (String, Symbol or PrivateName) and initializer function (null: undefined). */
    public record Field(Object key, JSFunction initializer) {
    }

    /** A private method (a function) or accessor (an {@link Accessor}), installed non-writable. */
    public record PrivateMethod(PrivateName key, Object value) {
    }

    private final List<PrivateMethod> privateMethods;
    private final List<Field> fields;

    public ClassElements(List<PrivateMethod> privateMethods, List<Field> fields) {
        this.privateMethods = privateMethods;
        this.fields = fields;
    }

    public List<PrivateMethod> getPrivateMethods() {
        return privateMethods;
    }

    public List<Field> getFields() {
        return fields;
    }

    public boolean isEmpty() {
        return privateMethods.isEmpty() && fields.isEmpty();
    }
}
