package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

/**
 * What all closures of one function literal (or one builtin) share: the call target,
 * its kind, name, {@code length}, strictness and source text. A {@link JSFunction} is
 * this plus the captured variables and the [[HomeObject]].
 */
public final class FunctionData {
    public enum Kind {
        /** {@code function f() {}}: callable and a constructor. */
        NORMAL,
        ARROW,
        /** Object literal or class methods, getters and setters: not constructors. */
        METHOD,
        /** Class constructors: constructors that throw when called. */
        BASE_CLASS,
        DERIVED_CLASS,
        GENERATOR,
        /** Builtins written in Java; BUILTIN_CONSTRUCTOR ones also accept {@code new}. */
        BUILTIN,
        BUILTIN_CONSTRUCTOR,
        /** Function.prototype.bind's result: captures are {target, this, arguments}. */
        BOUND
    }

    private final String name;
    private final int length;
    private final Kind kind;
    private final boolean strict;
    private final RootCallTarget callTarget;
    private final Source source;
    private final int sourceStart;
    private final int sourceEnd;

    public FunctionData(String name, int length, Kind kind, boolean strict, RootCallTarget callTarget, Source source, int sourceStart, int sourceEnd) {
        this.name = name;
        this.length = length;
        this.kind = kind;
        this.strict = strict;
        this.callTarget = callTarget;
        this.source = source;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    public String getName() {
        return name;
    }

    public int getLength() {
        return length;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isStrict() {
        return strict;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public boolean isClassConstructor() {
        return kind == Kind.BASE_CLASS || kind == Kind.DERIVED_CLASS;
    }

    public boolean isConstructorKind() {
        return kind == Kind.NORMAL || kind == Kind.BASE_CLASS || kind == Kind.DERIVED_CLASS || kind == Kind.BUILTIN_CONSTRUCTOR;
    }

    /** The source text Function.prototype.toString shows; null for builtins. */
    public String getSourceText() {
        if (source == null) {
            return null;
        }
        return source.getCharacters().subSequence(sourceStart, sourceEnd).toString();
    }
}
