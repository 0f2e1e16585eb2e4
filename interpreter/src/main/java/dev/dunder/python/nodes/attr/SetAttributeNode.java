package dev.dunder.python.nodes.attr;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.Descriptors;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;

/**
 * {@code obj.name = value}. When the class uses {@code object.__setattr__} and no class in
 * its MRO has a data descriptor for the name, the write goes straight into the
 * instance dict (a cached shape transition); otherwise the reference protocol runs.
 */
public abstract class SetAttributeNode extends Node {
    protected static final int SHAPE_CACHE = 4;
    protected final String name;

    protected SetAttributeNode(String name) {
        this.name = name;
    }

    public static SetAttributeNode create(String name) {
        return SetAttributeNodeGen.create(name);
    }

    public abstract void execute(Object obj, Object value);

    protected boolean writesInstanceDict(PyType type) {
        return canWriteDirectly(type, name);
    }

    @TruffleBoundary
    static boolean canWriteDirectly(PyType type, String name) {
        if (type.isBuiltin() && type != dev.dunder.runtime.python.objects.PyTypes.MODULE) {
            return false;
        }
        if (type.lookup("__setattr__") != AttributeLookup.objectSetattr || !type.instancesHaveDict()) {
            return false;
        }
        Object meta = type.lookup(name);
        return meta == null || !Descriptors.isDataDescriptor(meta);
    }

    protected static PyType typeOfShape(Shape shape) {
        return (PyType) shape.getDynamicType();
    }

    @Specialization(guards = {"!isType(obj)", "obj.getShape() == cachedShape", "direct", "!hasDictOverride(cachedShape)"}, assumptions = "classStable", limit = "SHAPE_CACHE")
    protected void writeInstance(PyObject obj, Object value,
                    @Cached("obj.getShape()") Shape cachedShape,
                    @Cached("typeOfShape(cachedShape)") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") Assumption classStable,
                    @Cached("writesInstanceDict(cachedType)") boolean direct,
                    @CachedLibrary("obj") DynamicObjectLibrary lib) {
        lib.put(obj, name, value);
    }

    @Specialization(replaces = "writeInstance")
    protected void writeGeneric(Object obj, Object value) {
        slowWrite(obj, name, value);
    }

    @TruffleBoundary
    private static void slowWrite(Object obj, String name, Object value) {
        AttributeLookup.setAttribute(obj, name, value);
    }

    protected static boolean hasDictOverride(Shape shape) {
        return shape.hasProperty(dev.dunder.runtime.python.objects.AttributeDictStorage.OVERRIDE);
    }

    protected static boolean isType(Object o) {
        return o instanceof PyType;
    }
}
