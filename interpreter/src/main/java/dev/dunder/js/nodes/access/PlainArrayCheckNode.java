package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSArray;

/**
 * Is iterating this array the same as reading its elements by index (nobody replaced
 * {@code Array.prototype[Symbol.iterator]}, the array iterator's {@code next}, or gave
 * the array an own iterator)? Cached as the array's shape plus the stability of
 * Array.prototype and %ArrayIteratorPrototype%, so the check costs a shape comparison.
 */
public final class PlainArrayCheckNode extends Node {
    private static final int MAX_RECACHE = 4;

    @CompilationFinal private Shape shape;
    @CompilationFinal private Assumption arrayPrototypeStable;
    @CompilationFinal private Assumption iteratorPrototypeStable;
    @CompilationFinal private int recached;

    public static PlainArrayCheckNode create() {
        return new PlainArrayCheckNode();
    }

    public boolean execute(JSArray array) {
        if (shape != null && array.getShape() == shape && arrayPrototypeStable.isValid() && iteratorPrototypeStable.isValid()) {
            return true;
        }
        boolean plain = isPlain(array);
        if (plain && recached < MAX_RECACHE) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            JSRealm realm = JsLanguage.realm(this);
            recached++;
            shape = array.getShape();
            arrayPrototypeStable = realm.arrayPrototype.getStableAssumption();
            iteratorPrototypeStable = realm.arrayIteratorPrototype.getStableAssumption();
        }
        return plain;
    }

    @TruffleBoundary
    private static boolean isPlain(JSArray array) {
        return JSRuntime.isPlainArrayIteration(array);
    }
}
