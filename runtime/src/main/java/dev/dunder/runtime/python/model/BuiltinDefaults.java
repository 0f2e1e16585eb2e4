package dev.dunder.runtime.python.model;

/** Markers in a builtin's per-slot default table. */
public final class BuiltinDefaults {
    /** The parameter has no default: the caller must pass it. */
    public static final Object REQUIRED = new Object() {
        @Override
        public String toString() {
            return "<required>";
        }
    };

    private BuiltinDefaults() {
    }
}
