package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * {@code value.key = v} for a key known at parse time: an inline cache on the
 * receiver's Shape holding a {@link SetPlan}. A refused assignment is silent in sloppy
 * code and a TypeError in strict code, with V8's message.
 */
public abstract class PropertySetNode extends Node {
    protected static final int SHAPE_CACHE = 5;

    protected final Object key;
    protected final boolean strict;
    /** Where V8 puts the caret for a failed assignment (the '='). */
    protected final int pos;

    protected PropertySetNode(Object key, boolean strict, int pos) {
        this.key = key;
        this.strict = strict;
        this.pos = pos;
    }

    public static PropertySetNode create(Object key, boolean strict, int pos) {
        return PropertySetNodeGen.create(key, strict, pos);
    }

    public abstract void execute(Object receiver, Object value);

    protected SetPlan plan(JSObject receiver) {
        return insert(SetPlan.create(receiver, key));
    }

    @Specialization(guards = "receiver.getShape() == cachedShape", assumptions = {"cachedShape.getValidAssumption()", "plan.getAssumptions()"}, limit = "SHAPE_CACHE")
    protected void writeObject(JSObject receiver, Object value,
                    @Cached("receiver.getShape()") Shape cachedShape,
                    @Cached("plan(receiver)") SetPlan plan) {
        if (!plan.execute(receiver, value) && strict) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.at(Errors.cannotAssign(receiver, key), this, pos);
        }
    }

    @Specialization(replaces = "writeObject")
    protected void writeGeneric(Object receiver, Object value) {
        if (receiver == Undefined.INSTANCE || receiver == Null.INSTANCE) {
            throw Errors.at(Errors.cannotSet(receiver, key), this, pos);
        }
        try {
            slowSet(receiver, key, value, strict);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
    }

    @TruffleBoundary
    private static void slowSet(Object receiver, Object key, Object value, boolean strict) {
        JSRuntime.setV(receiver, key, value, strict);
    }
}
