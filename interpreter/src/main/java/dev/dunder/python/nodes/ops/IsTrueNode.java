package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.ops.PyTruth;

/** Truth value testing for conditions: bools, ints and None directly; otherwise {@code __bool__}/{@code __len__}. */
public abstract class IsTrueNode extends Node {

    public abstract boolean execute(Object value);

    public static IsTrueNode create() {
        return IsTrueNodeGen.create();
    }

    @Specialization
    protected static boolean bool(boolean b) {
        return b;
    }

    @Specialization
    protected static boolean integer(long l) {
        return l != 0;
    }

    @Specialization(guards = "isNone(v)")
    protected static boolean none(Object v) {
        return false;
    }

    @Specialization(replaces = "none")
    protected static boolean generic(Object v) {
        return slow(v);
    }

    @TruffleBoundary
    private static boolean slow(Object v) {
        return PyTruth.isTrue(v);
    }

    protected static boolean isNone(Object v) {
        return v == PNone.NONE;
    }
}
