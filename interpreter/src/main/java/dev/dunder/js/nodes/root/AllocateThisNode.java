package dev.dunder.js.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.access.PropertyGetNode;
import dev.dunder.runtime.js.objects.JSObject;

/**
 * OrdinaryCreateFromConstructor (§10.1.13) for {@code new F()}: a new object whose
 * prototype is {@code newTarget.prototype} (or Object.prototype if that is not an
 * object). The shape for each prototype is cached, so allocation is one object.
 */
public abstract class AllocateThisNode extends Node {
    protected static final int PROTO_CACHE = 3;
    @Child private PropertyGetNode getPrototype = PropertyGetNode.create("prototype", -1);

    public static AllocateThisNode create() {
        return AllocateThisNodeGen.create();
    }

    public final JSObject allocate(Object newTarget) {
        return executeAllocate(getPrototype.execute(newTarget));
    }

    protected abstract JSObject executeAllocate(Object proto);

    @Specialization(guards = "proto == cachedProto", limit = "PROTO_CACHE")
    protected static JSObject cached(JSObject proto,
                    @Cached("proto") JSObject cachedProto,
                    @Cached("shapeFor(cachedProto)") Shape shape) {
        return new JSObject(shape);
    }

    @Specialization(replaces = "cached")
    protected JSObject generic(Object proto) {
        JSObject p = proto instanceof JSObject o ? o : JsLanguage.realm(this).objectPrototype;
        return new JSObject(shapeFor(p));
    }

    @TruffleBoundary
    protected static Shape shapeFor(JSObject proto) {
        return JSObject.shapeFor(JSObject.class, proto);
    }
}
