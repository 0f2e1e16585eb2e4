package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * A function written in Java: {@code len}, {@code str.startswith}, {@code object.__new__}.
 * When it belongs to a class ({@link #getOwner()} is set) it is a method descriptor
 * and binds like a Python function does ({@code "abc".startswith} is a bound method).
 */
public final class PBuiltinFunction extends PyObject {
    /** How a builtin found in a class dict behaves when looked up. */
    public enum Kind {
        /** A module-level function: no binding. */
        FUNCTION,
        /** An instance method: binds the instance. */
        METHOD,
        /** A class method ({@code dict.fromkeys}): binds the class. */
        CLASSMETHOD,
        /** A static method, including {@code __new__}: never binds. */
        STATICMETHOD
    }

    private final String name;
    private final Signature signature;
    @CompilationFinal(dimensions = 1) private final Object[] defaults;
    private final BuiltinBody body;
    private final Kind kind;
    private PyType owner;
    private String doc;
    /** For module functions, the module ({@code len.__self__} is builtins). */
    private Object module;

    public Object getModule() {
        return module;
    }

    public void setModule(Object module) {
        this.module = module;
    }

    public PBuiltinFunction(String name, Signature signature, Object[] defaults, Kind kind, BuiltinBody body) {
        super(PyTypes.BUILTIN_FUNCTION.getInstanceShape());
        this.name = name;
        this.signature = signature;
        this.defaults = defaults;
        this.kind = kind;
        this.body = body;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return owner == null ? name : owner.getName() + "." + name;
    }

    public Signature getSignature() {
        return signature;
    }

    /** Defaults for the trailing positional and the keyword-only parameters, in layout order; null = absent. */
    public Object[] getDefaults() {
        return defaults;
    }

    public BuiltinBody getBody() {
        return body;
    }

    public Kind getKind() {
        return kind;
    }

    public PyType getOwner() {
        return owner;
    }

    /** Makes this a method of {@code owner}; its Python class becomes the matching descriptor type. */
    public void setOwner(PyType owner) {
        this.owner = owner;
        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().setDynamicType(this, descriptorType());
    }

    /** CPython's type for a builtin found in a class: slot wrapper, method descriptor, classmethod descriptor. */
    private PyType descriptorType() {
        if (owner == null || kind == Kind.STATICMETHOD) {
            return PyTypes.BUILTIN_FUNCTION;
        }
        if (kind == Kind.CLASSMETHOD) {
            return PyTypes.CLASSMETHOD_DESCRIPTOR;
        }
        if (isDunder()) {
            return PyTypes.WRAPPER_DESCRIPTOR;
        }
        return PyTypes.METHOD_DESCRIPTOR;
    }

    /** A special method ({@code __add__}): shown as a slot wrapper / method-wrapper. */
    public boolean isDunder() {
        return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
    }

    public String getDoc() {
        return doc;
    }

    public void setDoc(String doc) {
        this.doc = doc;
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
