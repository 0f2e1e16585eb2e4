package dev.dunder.python.nodes.attr;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.CachedLibrary;

import dev.dunder.python.PythonLanguage;
import dev.dunder.runtime.python.interop.ForeignAccess;
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

    /**
     * A foreign value (a host object, another language's object): its member through interop,
     * the library cached per receiver class — the same answer as {@code foreign.__getattribute__}
     * on the reference path ({@code AttributeLookup.foreignGetAttribute}). Names the class
     * {@code foreign} itself defines ({@code __class__}, {@code __repr__}, ...), members that are
     * not readable (a hash key, a missing name) and errors take the reference path.
     */
    @Specialization(guards = {"isForeign(obj)", "!definedByForeignType"}, limit = "SHAPE_CACHE")
    protected Object readForeign(Object obj,
                    @Cached("foreignTypeDefines()") boolean definedByForeignType,
                    @CachedLibrary("obj") InteropLibrary interop,
                    @CachedLibrary(limit = "3") InteropLibrary values) {
        if (interop.isMemberReadable(obj, name)) {
            try {
                Object raw = interop.readMember(obj, name);
                return ForeignAccess.member(interop, values, obj, name, raw);
            } catch (UnsupportedMessageException | UnknownIdentifierException e) {
                // the member went away: the reference path raises the AttributeError
            } catch (AbstractTruffleException e) {
                throw ForeignAccess.rethrow(e);
            }
        }
        return slowRead(obj, name);
    }

    protected static boolean isForeign(Object obj) {
        return !(obj instanceof PyObject) && PyTypes.typeOf(obj) == PyTypes.FOREIGN;
    }

    @TruffleBoundary
    protected boolean foreignTypeDefines() {
        return PyTypes.FOREIGN.lookup(name) != null;
    }

    @Specialization(replaces = {"readInstance", "readClass", "readStr", "readForeign"})
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
