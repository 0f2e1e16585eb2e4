package dev.dunder.runtime.js.objects;

/**
 * The attributes of a property (ECMA-262 §6.1.7.1) as Truffle property flags. A
 * plain assignment creates a property with flags 0: writable, enumerable and
 * configurable, which is the common case and needs no bits.
 */
public final class PropertyFlags {
    public static final int READ_ONLY = 1;
    public static final int NOT_ENUMERABLE = 2;
    public static final int NOT_CONFIGURABLE = 4;
    /** The value is an {@link Accessor}. */
    public static final int ACCESSOR = 8;

    /** Builtin methods and class methods: writable, configurable, not enumerable. */
    public static final int METHOD = NOT_ENUMERABLE;
    /** {@code length} and {@code name} of functions: configurable only. */
    public static final int CONFIGURABLE_ONLY = READ_ONLY | NOT_ENUMERABLE;
    /** Constants such as {@code Math.PI}: nothing. */
    public static final int FROZEN = READ_ONLY | NOT_ENUMERABLE | NOT_CONFIGURABLE;

    /** Shape flags (whole-object state). */
    public static final int SHAPE_NOT_EXTENSIBLE = 1;
    /** The object is the [[Prototype]] of some shape: changing it invalidates its stability assumption. */
    public static final int SHAPE_PROTOTYPE = 2;

    private PropertyFlags() {
    }

    public static boolean isWritable(int flags) {
        return (flags & READ_ONLY) == 0;
    }

    public static boolean isEnumerable(int flags) {
        return (flags & NOT_ENUMERABLE) == 0;
    }

    public static boolean isConfigurable(int flags) {
        return (flags & NOT_CONFIGURABLE) == 0;
    }

    public static boolean isAccessor(int flags) {
        return (flags & ACCESSOR) != 0;
    }

    public static int of(boolean writable, boolean enumerable, boolean configurable) {
        return (writable ? 0 : READ_ONLY) | (enumerable ? 0 : NOT_ENUMERABLE) | (configurable ? 0 : NOT_CONFIGURABLE);
    }
}
