package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

import dev.dunder.runtime.common.Cell;

/**
 * A function object made by {@code def} or {@code lambda}: code plus the values
 * captured when the definition ran (defaults, closure cells, globals). Function
 * attributes ({@code f.x = 1}, {@code __wrapped__}) live in the object's own shape.
 *
 * <p>Functions are non-data descriptors: looked up through an instance they bind
 * into a {@link PMethod}.
 */
public final class PFunction extends PyObject {
    private final PCode code;
    private String name;
    private String qualname;
    private Object module;
    private Object doc;
    @CompilationFinal(dimensions = 1) private Object[] defaults;
    private PDict kwDefaults;
    @CompilationFinal(dimensions = 1) private final Cell[] closure;
    private final PModule globals;
    /** {@code __annotations__}, created on first use. */
    private PDict annotations;

    public PFunction(PCode code, String qualname, Object[] defaults, PDict kwDefaults, Cell[] closure, PModule globals) {
        super(PyTypes.FUNCTION.getInstanceShape());
        this.code = code;
        this.name = code.getName();
        this.qualname = qualname;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.globals = globals;
        this.module = globals == null ? PNone.NONE : globals.getModuleName();
        this.doc = PNone.NONE;
    }

    public PCode getCode() {
        return code;
    }

    public RootCallTarget getCallTarget() {
        return code.getCallTarget();
    }

    public Signature getSignature() {
        return code.getSignature();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public Object getModule() {
        return module;
    }

    public void setModule(Object module) {
        this.module = module;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    /** Defaults of the last positional parameters (CPython's {@code __defaults__}). */
    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    public PDict getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(PDict kwDefaults) {
        this.kwDefaults = kwDefaults;
    }

    public Cell[] getClosure() {
        return closure;
    }

    public PDict getAnnotations() {
        if (annotations == null) {
            annotations = new PDict();
        }
        return annotations;
    }

    public void setAnnotations(PDict annotations) {
        this.annotations = annotations;
    }

    public PModule getGlobals() {
        return globals;
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
