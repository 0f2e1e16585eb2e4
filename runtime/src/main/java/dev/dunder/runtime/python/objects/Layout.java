package dev.dunder.runtime.python.objects;

/**
 * The memory layout a class's instances have: CPython's "solid base". A class
 * inherits the layout of its bases; two bases with different non-object layouts
 * cannot be combined ("multiple bases have instance lay-out conflict"), and
 * {@code object.__new__} allocates the Java class that matches the layout.
 */
public enum Layout {
    OBJECT,
    TYPE,
    INT,
    FLOAT,
    STR,
    LIST,
    TUPLE,
    DICT,
    SET,
    FROZENSET,
    EXCEPTION,
    PROPERTY,
    CLASSMETHOD,
    STATICMETHOD,
    /** Builtin types whose instances are made only by the runtime (function, range, NoneType, ...). */
    OTHER
}
