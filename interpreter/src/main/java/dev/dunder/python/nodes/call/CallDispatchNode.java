package dev.dunder.python.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.CachedLibrary;

import dev.dunder.python.nodes.attr.ReadAttributeNode;
import dev.dunder.runtime.python.interop.ForeignAccess;
import dev.dunder.runtime.python.interop.PythonInterop;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.ArgumentBinder;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.Layout;
import dev.dunder.runtime.python.objects.PMethod;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Calls any Python callable. Python functions and bound methods go to a
 * {@link FunctionCallNode} (direct calls per code object, {@code self} passed beside
 * the arguments); plain classes are instantiated inline; everything else takes the
 * reference path ({@code type(obj).__call__}).
 */
public abstract class CallDispatchNode extends Node {
    /** Distinct code objects one call site sees before it goes megamorphic. */
    protected static final int INLINE_CACHE = 4;
    private static final Object[] NO_VALUES = new Object[0];

    public abstract Object executeCall(Object callee, Object[] args, String[] kwNames, Object[] kwValues);

    public final Object call(Object callee, Object... args) {
        return executeCall(callee, args, ArgumentBinder.NO_KEYWORDS, NO_VALUES);
    }

    public static CallDispatchNode create() {
        return CallDispatchNodeGen.create();
    }

    @Specialization
    protected static Object callFunction(PFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached FunctionCallNode call) {
        return call.execute(callee, null, args, kwNames, kwValues);
    }

    /**
     * {@code getattr(obj, name)} with a name this site has seen: the same cached lookup as
     * {@code obj.name} (descriptors such as the essay's read {@code getattr(instance, self.name)}).
     */
    @Specialization(guards = {"callee == cachedCallee", "isGetattr(cachedCallee)", "args.length == 2", "kwNames.length == 0",
                    "nameIs(args, cachedName)"}, limit = "INLINE_CACHE")
    protected static Object callGetattr(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("callee") PBuiltinFunction cachedCallee,
                    @Cached("nameArgument(args)") String cachedName,
                    @Cached("create(cachedName)") ReadAttributeNode read) {
        return read.executeGet(args[0]);
    }

    protected static boolean isGetattr(PBuiltinFunction f) {
        return "getattr".equals(f.getName()) && f.getKind() == PBuiltinFunction.Kind.FUNCTION && f.getOwner() == null;
    }

    protected static boolean nameIs(Object[] args, String name) {
        return name.equals(args[1]);
    }

    /** The attribute name argument, or a value no name equals (so the guard fails for non-strings). */
    protected static String nameArgument(Object[] args) {
        return args.length == 2 && args[1] instanceof String s ? s : "\0not a name";
    }

    @Specialization
    protected static Object callBuiltin(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return invokeBuiltin(callee, args, kwNames, kwValues);
    }

    @TruffleBoundary
    static Object invokeBuiltin(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return callee.getBody().call(ArgumentBinder.bindBuiltin(callee, args, kwNames, kwValues));
    }

    /** A bound Python method: its function with {@code self} in front, without a new argument array. */
    @Specialization(guards = "isPythonFunction(callee)")
    protected static Object callBoundMethod(PMethod callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached FunctionCallNode call) {
        return call.execute((PFunction) callee.getFunction(), callee.getSelf(), args, kwNames, kwValues);
    }

    protected static boolean isPythonFunction(PMethod m) {
        return m.getFunction() instanceof PFunction;
    }

    /**
     * {@code C(args)} for a plain class: the metaclass's {@code __call__} is {@code type.__call__},
     * {@code __new__} is {@code object.__new__} and {@code __init__} a Python function. Those
     * facts hold while the class and its metaclass are unchanged (their stability assumptions),
     * so the call allocates the instance with the class's shape and calls {@code __init__}
     * directly, as {@code type.__call__} would after all its lookups.
     */
    @Specialization(guards = {"callee == cachedClass", "init != null", "callee.getMetaclass() == cachedMeta"},
                    assumptions = {"classStable", "metaStable"}, limit = "INLINE_CACHE")
    protected static Object callPlainClass(PyType callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @Cached("callee") PyType cachedClass,
                    @Cached("cachedClass.getMetaclass()") PyType cachedMeta,
                    @Cached("cachedClass.getStableAssumption()") Assumption classStable,
                    @Cached("cachedMeta.getStableAssumption()") Assumption metaStable,
                    @Cached("plainInit(cachedClass)") PFunction init,
                    @Cached("cachedClass.getInstanceShape()") Shape instanceShape,
                    @Cached FunctionCallNode initCall) {
        PyObject self = new PyObject(instanceShape);
        Object r = initCall.execute(init, self, args, kwNames, kwValues);
        if (r != PNone.NONE) {
            throw initReturnedValue(r);
        }
        return self;
    }

    /** Any other class call: {@code type(cls).__call__(cls, ...)} on the reference path. */
    @Specialization
    protected static Object callOtherClass(PyType callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return callGeneric(callee, args, kwNames, kwValues);
    }

    /** The class's {@code __init__} when instantiating it is the plain protocol, else null. */
    @TruffleBoundary
    protected static PFunction plainInit(PyType cls) {
        if (cls.isBuiltin() || cls.getLayout() != Layout.OBJECT || !cls.isSubtypeOf(PyTypes.OBJECT)) {
            return null;
        }
        if (cls.getMetaclass().lookup("__call__") != PyTypes.TYPE.lookup("__call__")
                        || cls.lookup("__new__") != PyTypes.OBJECT.lookup("__new__")) {
            return null;
        }
        return cls.lookup("__init__") instanceof PFunction f ? f : null;
    }

    @TruffleBoundary
    private static PythonException initReturnedValue(Object r) {
        return PyErrors.typeError("__init__() should return None, not '%s'", PyErrors.typeName(r));
    }

    /**
     * A foreign function (a host method, another language's function) called with positional
     * arguments: interop {@code execute} with the library cached per callee class. Keyword
     * arguments, instantiation and errors take the reference path ({@code foreign.__call__}).
     */
    @Specialization(guards = {"isForeign(callee)", "kwNames.length == 0", "interop.isExecutable(callee)"}, limit = "INLINE_CACHE")
    protected static Object callForeign(Object callee, Object[] args, String[] kwNames, Object[] kwValues,
                    @CachedLibrary("callee") InteropLibrary interop) {
        try {
            return PythonInterop.toPython(interop.execute(callee, PythonInterop.toInterop(args)));
        } catch (InteropException e) {
            throw foreignCallError(e, callee);
        } catch (AbstractTruffleException e) {
            throw ForeignAccess.rethrow(e);
        }
    }

    @TruffleBoundary
    private static PythonException foreignCallError(InteropException e, Object callee) {
        return dev.dunder.runtime.python.interop.ForeignErrors.fromInterop(e, callee, "calls");
    }

    protected static boolean isForeign(Object obj) {
        return !(obj instanceof PyObject) && PyTypes.typeOf(obj) == PyTypes.FOREIGN;
    }

    @Fallback
    protected static Object callOther(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return callGeneric(callee, args, kwNames, kwValues);
    }

    @TruffleBoundary
    static Object callGeneric(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return PyCall.callKw(callee, args, kwNames, kwValues);
    }
}
