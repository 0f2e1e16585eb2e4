package dev.dunder.js.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSArgumentsObject;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * The values a function's prologue reads from its call: an argument, the rest
 * arguments, {@code this} (made an object in sloppy functions), {@code new.target},
 * the function itself, its home object, an {@code arguments} object.
 */
public final class FrameValueNode extends ExpressionNode {
    public enum Kind {
        ARGUMENT, REST, THIS_STRICT, THIS_SLOPPY, NEW_TARGET, CALLEE, HOME, ARGUMENTS, MODULE_THIS,
        /** {@code this} at the top level of REPL input: the global object, as in Node's REPL. */
        GLOBAL_THIS
    }

    private final Kind kind;
    private final int index;
    /** For a sloppy function's mapped arguments object: the parameters' cell slots by index. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] mappedSlots;

    public FrameValueNode(Kind kind, int index) {
        this.kind = kind;
        this.index = index;
        this.mappedSlots = null;
    }

    /** A mapped arguments object. */
    public FrameValueNode(int[] mappedSlots) {
        this.kind = Kind.ARGUMENTS;
        this.index = 0;
        this.mappedSlots = mappedSlots;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        switch (kind) {
            case ARGUMENT: {
                int i = JSFunction.FIRST_ARGUMENT + index;
                return i < args.length ? args[i] : Undefined.INSTANCE;
            }
            case REST:
                return rest(JsLanguage.realm(this), args, JSFunction.FIRST_ARGUMENT + index);
            case THIS_STRICT:
                return args[JSFunction.THIS];
            case THIS_SLOPPY:
                return sloppyThis(JsLanguage.realm(this), args[JSFunction.THIS]);
            case NEW_TARGET:
                return args.length > JSFunction.NEW_TARGET ? args[JSFunction.NEW_TARGET] : Undefined.INSTANCE;
            case CALLEE:
                return args[JSFunction.FUNCTION];
            case HOME: {
                JSObject home = ((JSFunction) args[JSFunction.FUNCTION]).getHomeObject();
                return home == null ? Undefined.INSTANCE : home;
            }
            case ARGUMENTS:
                return argumentsObject(JsLanguage.realm(this), args, mappedCells(frame, args));
            case GLOBAL_THIS:
                return JsLanguage.realm(this).globalObject;
            default:
                return JsLanguage.realm(this).moduleExports;
        }
    }

    @TruffleBoundary
    private static Object rest(JSRealm realm, Object[] args, int from) {
        int n = Math.max(0, args.length - from);
        Object[] values = new Object[n];
        if (n > 0) {
            System.arraycopy(args, from, values, 0, n);
        }
        return realm.newArray(values);
    }

    /** OrdinaryCallBindThis for sloppy functions: undefined and null become the global object, primitives are boxed. */
    private static Object sloppyThis(JSRealm realm, Object thisValue) {
        if (thisValue instanceof JSObject) {
            return thisValue;
        }
        if (thisValue == Undefined.INSTANCE || thisValue == Null.INSTANCE) {
            return realm.globalObject;
        }
        return box(thisValue);
    }

    @TruffleBoundary
    private static Object box(Object v) {
        return JSRuntime.toObject(v);
    }

    /** An unmapped arguments object: indices, then non-enumerable length, Symbol.iterator and callee. */
    private Cell[] mappedCells(VirtualFrame frame, Object[] args) {
        if (mappedSlots == null) {
            return null;
        }
        int n = Math.min(mappedSlots.length, Math.max(0, args.length - JSFunction.FIRST_ARGUMENT));
        Cell[] cells = new Cell[n];
        for (int i = 0; i < n; i++) {
            if (mappedSlots[i] >= 0) {
                cells[i] = (Cell) frame.getObject(mappedSlots[i]);
            }
        }
        return cells;
    }

    @TruffleBoundary
    private static Object argumentsObject(JSRealm realm, Object[] args, Cell[] mapped) {
        JSArgumentsObject a = new JSArgumentsObject(JSObject.shapeFor(JSArgumentsObject.class, realm.objectPrototype), mapped);
        int n = Math.max(0, args.length - JSFunction.FIRST_ARGUMENT);
        for (int i = 0; i < n; i++) {
            a.defineDirect(Integer.toString(i), args[JSFunction.FIRST_ARGUMENT + i], 0);
        }
        a.defineDirect("length", (double) n, PropertyFlags.NOT_ENUMERABLE);
        a.defineDirect(JSSymbol.ITERATOR, realm.arrayValuesFunction, PropertyFlags.NOT_ENUMERABLE);
        if (args.length > 0 && args[JSFunction.FUNCTION] instanceof JSFunction f) {
            if (f.isStrict()) {
                a.defineAccessorDirect("callee", realm.throwTypeError, realm.throwTypeError, PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_CONFIGURABLE);
            } else {
                a.defineDirect("callee", f, PropertyFlags.NOT_ENUMERABLE);
            }
        }
        return a;
    }
}
