package dev.dunder.runtime.python.objects;

import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.utilities.CyclicAssumption;

/**
 * A Python class: a name, its bases, its method resolution order and a namespace
 * (the class {@code __dict__}). Classes are objects too: {@code type(cls)} is the
 * metaclass, kept, like every PyObject's class, as the dynamic type of the shape.
 *
 * <p><b>Stability.</b> Compiled attribute lookups remember "name N resolves to value V
 * through this class". That memory is guarded by {@link #getStableAssumption()},
 * Truffle's form of CPython's type version tag: any write to this class's dict, or
 * to the dict of any class in its MRO, invalidates it (writes notify subclasses).
 *
 * <p>The reference (uncached) lookup is {@link #lookup(Object)}, which walks the MRO
 * class dicts as step 1 of MODELS.md describes.
 */
public final class PyType extends PyObject {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private String name;
    private String qualname;
    @CompilationFinal(dimensions = 1) private PyType[] bases;
    @CompilationFinal(dimensions = 1) private PyType[] mro;
    private final PDict dict;
    /**
     * Fills a builtin class's dict on first use: installing every builtin method at start-up
     * costs more than a short script takes to run.
     */
    private volatile Runnable pendingMethods;
    private final Layout layout;
    private final boolean builtin;
    private boolean acceptsSubclasses = true;
    /** Whether instances carry an attribute dict ({@code __slots__} classes and most builtins do not). */
    private boolean instancesHaveDict;
    /** Names of {@code __slots__} member descriptors defined by this class itself. */
    private String[] slotNames = new String[0];
    private final Shape instanceShape;
    private final CyclicAssumption stable;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /** Memo of uncached MRO lookups, cleared together with the stable assumption. */
    private final HashMap<Object, Object> lookupMemo = new HashMap<>();
    private static final Object ABSENT = new Object();

    public PyType(PyType metaclass, String name, PyType[] bases, Layout layout, boolean builtin, PDict dict) {
        super(metaclass == null ? PyTypes.bootstrapShape() : metaclass.getInstanceShape());
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.layout = layout;
        this.builtin = builtin;
        this.dict = dict;
        this.instanceShape = Shape.newBuilder().layout(PyObject.class, LOOKUP).dynamicType(this).build();
        this.stable = new CyclicAssumption("class " + name + " unchanged");
        for (PyType base : bases) {
            base.addSubclass(this);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** CPython's tp_name, what error messages quote: "types.SimpleNamespace" for a few builtins, else the name. */
    private String tpName;

    public String getTpName() {
        ensureMethods();
        return tpName != null ? tpName : name;
    }

    public void setTpName(String tpName) {
        this.tpName = tpName;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PyType[] getBases() {
        return bases;
    }

    public void setBases(PyType[] bases) {
        this.bases = bases;
    }

    /** Replaces the bases (the caller recomputes the MRO) and registers this class with them. */
    public void setBasesAndRegister(PyType[] newBases) {
        this.bases = newBases;
        for (PyType base : newBases) {
            base.addSubclass(this);
        }
    }

    /** {@code type} is made before {@code object}; this gives it its base afterwards. */
    void setBasesDuringBootstrap(PyType[] newBases) {
        this.bases = newBases;
        for (PyType base : newBases) {
            base.addSubclass(this);
        }
        PyType[] newMro = new PyType[newBases.length + 1];
        newMro[0] = this;
        System.arraycopy(newBases, 0, newMro, 1, newBases.length);
        this.mro = newMro;
    }

    public PyType getBase() {
        return bases.length == 0 ? null : bases[0];
    }

    public PyType[] getMro() {
        return mro;
    }

    public void setMro(PyType[] mro) {
        this.mro = mro;
        invalidate();
    }

    /** The class namespace. Write through {@link #setAttribute} / {@link #deleteAttribute} so caches see the change. */
    public PDict getDict() {
        ensureMethods();
        return dict;
    }

    /** Registers the installer of this builtin class's methods, run before the dict is first read. */
    public void setPendingMethods(Runnable installer) {
        this.pendingMethods = installer;
    }

    private void ensureMethods() {
        Runnable r = pendingMethods;
        if (r != null) {
            runPending(r);
        }
    }

    @TruffleBoundary
    private void runPending(Runnable r) {
        synchronized (PyType.class) {
            if (pendingMethods != null) {
                pendingMethods = null;
                r.run();
            }
        }
    }

    public Layout getLayout() {
        return layout;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean acceptsSubclasses() {
        ensureMethods();
        return acceptsSubclasses;
    }

    public void setAcceptsSubclasses(boolean accepts) {
        this.acceptsSubclasses = accepts;
    }

    public boolean instancesHaveDict() {
        ensureMethods();
        return instancesHaveDict;
    }

    public void setInstancesHaveDict(boolean value) {
        this.instancesHaveDict = value;
    }

    public String[] getSlotNames() {
        return slotNames;
    }

    public void setSlotNames(String[] slotNames) {
        this.slotNames = slotNames;
    }

    /** The root shape of this class's instances: no attributes yet, dynamic type = this class. */
    public Shape getInstanceShape() {
        return instanceShape;
    }

    public Assumption getStableAssumption() {
        return stable.getAssumption();
    }

    /** {@code type(cls)}: the metaclass. */
    public PyType getMetaclass() {
        return getPyClass();
    }

    // ---- subclasses and invalidation --------------------------------------------------

    private void addSubclass(PyType sub) {
        subclasses.add(new WeakReference<>(sub));
    }

    @TruffleBoundary
    public void removeSubclass(PyType sub) {
        subclasses.removeIf(ref -> ref.get() == null || ref.get() == sub);
    }

    /** {@code cls.__subclasses__()}: the live direct subclasses, in creation order. */
    @TruffleBoundary
    public List<PyType> getSubclasses() {
        List<PyType> result = new ArrayList<>();
        for (WeakReference<PyType> ref : subclasses) {
            PyType t = ref.get();
            if (t != null) {
                result.add(t);
            }
        }
        return result;
    }

    /** Called after any change to this class's dict or MRO: drops every cached lookup through it. */
    @TruffleBoundary
    public void invalidate() {
        lookupMemo.clear();
        stable.invalidate("class " + name + " changed");
        for (PyType sub : getSubclasses()) {
            sub.invalidate();
        }
    }

    // ---- the namespace ----------------------------------------------------------------

    /** Step 1 of attribute lookup: the first class in the MRO whose dict holds {@code key}; null if none. */
    @TruffleBoundary
    public Object lookup(Object key) {
        Object memo = lookupMemo.get(key);
        if (memo == null) {
            memo = ABSENT;
            for (PyType t : mro) {
                Object v = t.getDict().getItem(key);
                if (v != null) {
                    memo = v;
                    break;
                }
            }
            lookupMemo.put(key, memo);
        }
        return memo == ABSENT ? null : memo;
    }

    /** Like {@link #lookup} but also tells which class of the MRO defined it (for {@code :explain}, super). */
    @TruffleBoundary
    public PyType lookupOwner(Object key) {
        for (PyType t : mro) {
            if (t.getDict().getItem(key) != null) {
                return t;
            }
        }
        return null;
    }

    @TruffleBoundary
    public void setAttribute(Object key, Object value) {
        dict.setItem(key, value);
        invalidate();
    }

    /** Returns false if the class's own dict did not hold the key. */
    @TruffleBoundary
    public boolean deleteAttribute(Object key) {
        boolean removed = dict.removeItem(key) != null;
        if (removed) {
            invalidate();
        }
        return removed;
    }

    /** For builtin type construction only: no invalidation needed before first use. */
    public void define(String key, Object value) {
        dict.setItem(key, value);
    }

    /** {@code issubclass(this, other)} by MRO membership (no {@code __subclasscheck__}). */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
