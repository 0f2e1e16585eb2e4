package dev.dunder.python.nodes.attr;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.python.PythonLanguage;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * The lookup of {@code obj.name} for an evaluated receiver. An inline cache keyed on the receiver's Shape (which fixes both
 * its class and its instance-dict layout) holding an {@link AttributeReadPlan}, valid
 * under the class's stability assumption; classes are cached by identity; builtin
 * values by their (immutable) type. Past the cache limit the site uses the
 * reference lookup.
 */
public abstract class ReadAttributeNode extends Node {
    /** Receiver shapes (classes × layouts) one site keeps specialized code for. */
    protected static final int SHAPE_CACHE = 4;

    protected final String name;

    protected ReadAttributeNode(String name) {
        this.name = name;
    }

    public static ReadAttributeNode create(String name) {
        return ReadAttributeNodeGen.create(name);
    }

    public String getName() {
        return name;
    }

    public abstract Object executeGet(Object obj);

    protected static PyType typeOfShape(Shape shape) {
        return (PyType) shape.getDynamicType();
    }

    @Specialization(guards = {"!isType(obj)", "obj.getShape() == cachedShape"}, assumptions = {"classStable"}, limit = "SHAPE_CACHE")
    protected Object readInstance(PyObject obj,
                    @Cached("obj.getShape()") Shape cachedShape,
                    @Cached("typeOfShape(cachedShape)") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") Assumption classStable,
                    @Cached("plan(cachedType, cachedShape)") AttributeReadPlan plan) {
        if (CompilerDirectives.inInterpreter() && PythonLanguage.verifyLookups(plan)) {
            LookupVerifier.check(plan, obj, name);
        }
        return plan.execute(obj);
    }

    @Specialization(guards = "obj == cachedClass", assumptions = {"classStable", "metaStable"}, limit = "SHAPE_CACHE")
    protected Object readClass(PyType obj,
                    @Cached("obj") PyType cachedClass,
                    @Cached("cachedClass.getStableAssumption()") Assumption classStable,
                    @Cached("cachedClass.getMetaclass().getStableAssumption()") Assumption metaStable,
                    @Cached("lookupClassAttribute(cachedClass)") ClassAttribute result) {
        if (CompilerDirectives.inInterpreter() && PythonLanguage.verifyLookups(this)) {
            LookupVerifier.check(result, obj, name);
        }
        return result.get(obj, name);
    }

    @Specialization(assumptions = "strStable")
    protected Object readStr(String obj,
                    @Cached("strStable()") Assumption strStable,
                    @Cached("planForStr()") AttributeReadPlan plan) {
        if (CompilerDirectives.inInterpreter() && PythonLanguage.verifyLookups(plan)) {
            LookupVerifier.check(plan, obj, name);
        }
        return plan.execute(obj);
    }

    @Specialization(replaces = {"readInstance", "readClass", "readStr"})
    protected Object readGeneric(Object obj) {
        return slowRead(obj, name);
    }

    @TruffleBoundary
    private static Object slowRead(Object obj, String name) {
        return AttributeLookup.getAttribute(obj, name);
    }

    protected static final PyType STR = PyTypes.STR;

    protected static Assumption strStable() {
        return PyTypes.STR.getStableAssumption();
    }

    protected static boolean isType(Object o) {
        return o instanceof PyType;
    }

    protected AttributeReadPlan plan(PyType type, Shape shape) {
        return AttributeReadPlan.plan(type, shape, name);
    }

    protected AttributeReadPlan planForStr() {
        return AttributeReadPlan.plan(PyTypes.STR, null, name);
    }

    protected ClassAttribute lookupClassAttribute(PyType cls) {
        return ClassAttribute.resolve(cls, name);
    }
}
