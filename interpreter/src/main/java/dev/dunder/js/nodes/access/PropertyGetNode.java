package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * {@code value.key} for a property key known when the program is parsed. An inline
 * cache keyed on the receiver's Shape, which fixes both its own properties and its
 * [[Prototype]]; each entry holds a {@link GetPlan} valid under the stability
 * assumptions of the prototypes it consulted. So {@code v.dot} with {@code dot} on
 * {@code Vector.prototype} compiles to a shape check and a constant. Strings,
 * numbers and booleans read through their prototype the same way. Past the limit
 * the site uses the reference [[Get]].
 */
public abstract class PropertyGetNode extends Node {
    /** Receiver shapes one site keeps specialized code for: a polymorphic site over four classes still hits. */
    protected static final int SHAPE_CACHE = 5;

    protected final Object key;
    /** Where V8 puts the caret when the receiver is undefined or null (the property name). */
    protected final int pos;

    protected PropertyGetNode(Object key, int pos) {
        this.key = key;
        this.pos = pos;
    }

    public static PropertyGetNode create(Object key, int pos) {
        return PropertyGetNodeGen.create(key, pos);
    }

    public Object getKey() {
        return key;
    }

    public abstract Object execute(Object receiver);

    protected GetPlan ownPlan(JSObject receiver) {
        return insert(GetPlan.create(receiver, key, true));
    }

    protected GetPlan protoPlan(JSObject proto) {
        return insert(GetPlan.create(proto, key, false));
    }

    protected JSRealm realm() {
        return JsLanguage.realm(this);
    }

    @Specialization(guards = "receiver.getShape() == cachedShape", assumptions = {"cachedShape.getValidAssumption()", "plan.getAssumptions()"}, limit = "SHAPE_CACHE")
    protected Object readObject(JSObject receiver,
                    @Cached("receiver.getShape()") Shape cachedShape,
                    @Cached("ownPlan(receiver)") GetPlan plan) {
        if (CompilerDirectives.inInterpreter() && realm().verifyLookups) {
            LookupVerifier.check(plan, receiver, receiver, key);
        }
        return plan.execute(receiver, receiver);
    }

    @Specialization(guards = "isLength()")
    protected static int stringLength(String receiver) {
        return receiver.length();
    }

    @Specialization(guards = "!isLength()", assumptions = "plan.getAssumptions()")
    protected Object readString(String receiver,
                    @Cached("protoPlan(realm().stringPrototype)") GetPlan plan) {
        if (CompilerDirectives.inInterpreter() && realm().verifyLookups) {
            LookupVerifier.check(plan, realm().stringPrototype, receiver, key);
        }
        return plan.execute(realm().stringPrototype, receiver);
    }

    protected static boolean isNumber(Object receiver) {
        return Conversions.isNumber(receiver);
    }

    /** {@code n.toFixed}, with n either an int or a double. */
    @Specialization(guards = "isNumber(receiver)", assumptions = "plan.getAssumptions()")
    protected Object readNumber(Object receiver,
                    @Cached("protoPlan(realm().numberPrototype)") GetPlan plan) {
        if (CompilerDirectives.inInterpreter() && realm().verifyLookups) {
            LookupVerifier.check(plan, realm().numberPrototype, receiver, key);
        }
        return plan.execute(realm().numberPrototype, receiver);
    }

    @Specialization(assumptions = "plan.getAssumptions()")
    protected Object readBoolean(Boolean receiver,
                    @Cached("protoPlan(realm().booleanPrototype)") GetPlan plan) {
        if (CompilerDirectives.inInterpreter() && realm().verifyLookups) {
            LookupVerifier.check(plan, realm().booleanPrototype, receiver, key);
        }
        return plan.execute(realm().booleanPrototype, receiver);
    }

    @Specialization(replaces = {"readObject", "readString", "readNumber", "readBoolean"})
    protected Object readGeneric(Object receiver) {
        if (receiver == Undefined.INSTANCE || receiver == Null.INSTANCE) {
            throw Errors.at(Errors.cannotRead(receiver, key), this, pos);
        }
        try {
            return slowGet(receiver, key);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
    }

    protected boolean isLength() {
        return "length".equals(key);
    }

    @TruffleBoundary
    private static Object slowGet(Object receiver, Object key) {
        return JSRuntime.getV(receiver, key);
    }
}
