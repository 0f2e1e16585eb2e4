package dev.dunder.js.nodes.functions;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.vars.WriteVariableNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.ClassElements;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PrivateName;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * A class declaration or expression (§15.7.14): the essay's "one big macro for doing
 * all the prototype stuff". It builds a constructor function whose
 * {@code prototype} object inherits from the superclass's, whose own [[Prototype]]
 * is the superclass (so static members are inherited too), defines the methods on
 * the prototype and the statics on the constructor, collects the fields every
 * instance gets, and runs static fields and blocks.
 */
public final class ClassDefinitionNode extends ExpressionNode {
    @Child private StatementNode scopeInit;
    private final String[] privateNames;
    private final boolean[] privateIsMethod;
    private final boolean[] privateIsAccessor;
    private final WriteVariableNode[] privateWrites;
    @Child private ExpressionNode superClass;
    private final int superPos;
    @Child private MakeFunctionNode constructor;
    @Children private final ClassMemberNode[] members;
    private final WriteVariableNode innerName;
    private final String className;

    public ClassDefinitionNode(StatementNode scopeInit, String[] privateNames, boolean[] privateIsMethod, boolean[] privateIsAccessor,
                    WriteVariableNode[] privateWrites, ExpressionNode superClass, int superPos, MakeFunctionNode constructor, ClassMemberNode[] members,
                    WriteVariableNode innerName, String className) {
        this.className = className;
        this.scopeInit = scopeInit;
        this.privateNames = privateNames;
        this.privateIsMethod = privateIsMethod;
        this.privateIsAccessor = privateIsAccessor;
        this.privateWrites = privateWrites;
        this.superClass = superClass;
        this.superPos = superPos;
        this.constructor = constructor;
        this.members = members;
        this.innerName = innerName;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        if (scopeInit != null) {
            scopeInit.executeVoid(frame);
        }
        for (int i = 0; i < privateNames.length; i++) {
            privateWrites[i].write(frame, new PrivateName(privateNames[i], privateIsMethod[i], privateIsAccessor[i], className), this, superPos);
        }
        JSRealm realm = JsLanguage.realm(this);
        JSObject protoParent = realm.objectPrototype;
        JSObject constructorParent = realm.functionPrototype;
        if (superClass != null) {
            Object sc = superClass.executeGeneric(frame);
            JSObject[] parents = parents(sc);
            protoParent = parents[0];
            constructorParent = parents[1];
        }
        JSObject proto = new JSObject(JSObject.shapeFor(JSObject.class, protoParent));
        JSFunction f = (JSFunction) constructor.executeGeneric(frame);
        setup(f, proto, constructorParent, realm);
        ClassMemberNode.Accumulator acc = new ClassMemberNode.Accumulator(f, proto, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (ClassMemberNode m : members) {
            m.execute(frame, acc);
        }
        f.setClassElements(new ClassElements(acc.privateMethods, acc.instanceFields));
        if (innerName != null) {
            innerName.write(frame, f, this, superPos);
        }
        runStatics(f, acc.staticElements);
        return f;
    }

    @TruffleBoundary
    private JSObject[] parents(Object sc) {
        if (sc == Null.INSTANCE) {
            return new JSObject[]{null, JsLanguage.realm(this).functionPrototype};
        }
        if (!JSRuntime.isConstructor(sc)) {
            throw Errors.typeError(this, superPos, "Class extends value " + JSRuntime.toDisplayString(sc) + " is not a constructor or null");
        }
        Object pp;
        try {
            pp = ((JSObject) sc).get("prototype", sc);
        } catch (JSException e) {
            throw e.setPositionIfAbsent(this, superPos);
        }
        if (pp == Null.INSTANCE) {
            return new JSObject[]{null, (JSObject) sc};
        }
        if (!(pp instanceof JSObject p)) {
            throw Errors.typeError(this, superPos, "Class extends value does not have valid prototype property " + JSRuntime.toDisplayString(pp));
        }
        return new JSObject[]{p, (JSObject) sc};
    }

    @TruffleBoundary
    private static void setup(JSFunction f, JSObject proto, JSObject constructorParent, JSRealm realm) {
        if (constructorParent != realm.functionPrototype) {
            f.setPrototypeUnchecked(constructorParent);
        }
        f.setHomeObject(proto);
        f.defineDirect("prototype", proto, PropertyFlags.FROZEN);
        proto.defineDirect("constructor", f, PropertyFlags.METHOD);
    }

    @TruffleBoundary
    private static void runStatics(JSFunction f, List<Object> statics) {
        for (Object e : statics) {
            if (e instanceof ClassElements.Field field) {
                Object value = field.initializer() == null ? Undefined.INSTANCE : JSRuntime.call(field.initializer(), f);
                ClassElementsInit.defineField(f, field.key(), value);
            } else {
                JSRuntime.call(e, f);
            }
        }
    }
}
