package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;

/**
 * Reads a global ({@code Math}, {@code console}, an implicit global): a property of
 * the global object. The value is cached as a constant while the global object is
 * unchanged; globals rarely change once a program runs.
 */
public abstract class ReadGlobalNode extends ExpressionNode {
    protected final String name;
    private final int pos;
    /** {@code typeof x} of a missing global is "undefined", not an error. */
    private final boolean forTypeof;

    protected ReadGlobalNode(String name, int pos, boolean forTypeof) {
        this.name = name;
        this.pos = pos;
        this.forTypeof = forTypeof;
    }

    public static ReadGlobalNode create(String name, int pos, boolean forTypeof) {
        return ReadGlobalNodeGen.create(name, pos, forTypeof);
    }

    public String getName() {
        return name;
    }

    protected JSRealm realm() {
        return JsLanguage.realm(this);
    }

    protected Object lookup() {
        return GlobalAccess.read(realm(), name);
    }

    protected boolean stable() {
        return !realm().globalObject.isUnstable();
    }

    @Specialization(assumptions = "globalStable", guards = {"cached != null", "stable()"})
    protected Object cachedValue(VirtualFrame frame,
                    @Cached("realm().globalObject.getStableAssumption()") Assumption globalStable,
                    @Cached("lookup()") Object cached) {
        return cached;
    }

    @Specialization(replaces = "cachedValue")
    protected Object generic(VirtualFrame frame) {
        Object v = lookup();
        if (v == null) {
            if (forTypeof) {
                return dev.dunder.runtime.js.objects.Undefined.INSTANCE;
            }
            throw Errors.referenceError(this, pos, name + " is not defined");
        }
        return v;
    }
}
