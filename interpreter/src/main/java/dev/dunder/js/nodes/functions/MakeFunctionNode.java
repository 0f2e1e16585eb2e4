package dev.dunder.js.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.objects.FunctionData;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyFlags;

/**
 * Evaluates a function expression, arrow function, method or declaration: a new
 * closure over the cells of the variables it captures, with its {@code length},
 * {@code name} and, for ordinary functions, a fresh {@code prototype} object whose
 * {@code constructor} points back.
 */
public final class MakeFunctionNode extends ExpressionNode {
    private final FunctionData data;
    @CompilationFinal(dimensions = 1) private final CaptureSource[] captures;
    private final boolean isMethod;
    private final boolean sloppyProperties;
    private final boolean hasPrototype;
    @Child private DynamicObjectLibrary lib = DynamicObjectLibrary.getFactory().createDispatched(4);
    @CompilationFinal private Shape functionShape;

    public MakeFunctionNode(FunctionData data, CaptureSource[] captures, boolean isMethod) {
        this.data = data;
        this.captures = captures;
        this.isMethod = isMethod;
        FunctionData.Kind kind = data.getKind();
        this.hasPrototype = kind == FunctionData.Kind.NORMAL || kind == FunctionData.Kind.GENERATOR;
        this.sloppyProperties = kind == FunctionData.Kind.NORMAL && !data.isStrict();
    }

    public FunctionData getData() {
        return data;
    }

    /** Methods get their [[HomeObject]] from the object or class that defines them. */
    public boolean isMethod() {
        return isMethod;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        JSRealm realm = JsLanguage.realm(this);
        if (functionShape == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            JSObject proto = data.getKind() == FunctionData.Kind.GENERATOR ? realm.generatorFunctionPrototype : realm.functionPrototype;
            functionShape = JSObject.shapeFor(JSFunction.class, proto);
        }
        JSFunction f = new JSFunction(functionShape, data, captured(frame));
        lib.putWithFlags(f, "length", (double) data.getLength(), PropertyFlags.CONFIGURABLE_ONLY);
        lib.putWithFlags(f, "name", data.getName(), PropertyFlags.CONFIGURABLE_ONLY);
        if (sloppyProperties) {
            lib.putWithFlags(f, "arguments", Null.INSTANCE, PropertyFlags.FROZEN);
            lib.putWithFlags(f, "caller", Null.INSTANCE, PropertyFlags.FROZEN);
        }
        if (hasPrototype) {
            JSObject proto;
            if (data.getKind() == FunctionData.Kind.GENERATOR) {
                proto = new JSObject(JSObject.shapeFor(JSObject.class, realm.generatorPrototype));
            } else {
                proto = realm.newObject();
                lib.putWithFlags(proto, "constructor", f, PropertyFlags.NOT_ENUMERABLE);
            }
            lib.putWithFlags(f, "prototype", proto, PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_CONFIGURABLE);
        }
        return f;
    }

    @ExplodeLoop
    private Object[] captured(VirtualFrame frame) {
        Object[] cells = new Object[captures.length];
        Object[] own = null;
        for (int i = 0; i < captures.length; i++) {
            CaptureSource c = captures[i];
            if (c.fromSlot()) {
                cells[i] = frame.getObject(c.index());
            } else {
                if (own == null) {
                    own = ((JSFunction) frame.getArguments()[JSFunction.FUNCTION]).getCaptures();
                }
                cells[i] = own[c.index()];
            }
        }
        return cells;
    }
}
