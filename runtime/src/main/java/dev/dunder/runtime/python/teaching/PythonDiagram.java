package dev.dunder.runtime.python.teaching;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.common.diagram.ObjectDiagram;
import dev.dunder.runtime.python.model.Descriptors;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.DictStorage;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PClassMethod;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PProperty;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * {@code draw(obj)} for Python: the object, its class, the rest of the class's MRO and
 * the metaclasses, as the essay's diagrams show them — each box with its own
 * {@code __dict__}, arrows for {@code __class__}, the next class in the MRO and
 * {@code type(C)}.
 */
public final class PythonDiagram {
    /** Bookkeeping names every class has; drawing them would hide what the class defines. */
    private static final Set<String> NOISE = Set.of("__module__", "__qualname__", "__dict__", "__weakref__", "__doc__");
    private static final int MAX_VALUE = 40;

    private final ObjectDiagram diagram = new ObjectDiagram();
    private final Map<PyType, Integer> classBoxes = new IdentityHashMap<>();

    private PythonDiagram() {
    }

    @TruffleBoundary
    public static ObjectDiagram of(Object obj, String label) {
        PythonDiagram d = new PythonDiagram();
        if (obj instanceof PyType cls) {
            d.classChain(cls);
        } else {
            PyType type = PyTypes.typeOf(obj);
            int instance = d.diagram.box(label + ": " + type.getName() + " instance", d.instanceRows(obj));
            int cls = d.classChain(type);
            d.diagram.arrow(instance, cls, "__class__");
        }
        d.metaclasses();
        return d.diagram;
    }

    /** Boxes for the class and the rest of its MRO, linked in MRO order; returns the class's box. */
    private int classChain(PyType cls) {
        PyType[] mro = cls.getMro();
        int first = -1;
        int previous = -1;
        for (PyType t : mro) {
            int box = classBox(t);
            if (first < 0) {
                first = box;
            }
            if (previous >= 0) {
                diagram.arrow(previous, box, previous == first && cls.getBases().length == 1 ? "__bases__[0]" : "next in __mro__");
            }
            previous = box;
        }
        return first;
    }

    private int classBox(PyType t) {
        Integer existing = classBoxes.get(t);
        if (existing != null) {
            return existing;
        }
        int box = diagram.box("class " + t.getName(), classRows(t));
        classBoxes.put(t, box);
        return box;
    }

    /** Each drawn class points to its metaclass (drawn too, at the end, with its own MRO). */
    private void metaclasses() {
        Set<PyType> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        boolean added = true;
        while (added) {
            added = false;
            List<PyType> drawn = new ArrayList<>(classBoxes.keySet());
            drawn.sort((a, b) -> Integer.compare(classBoxes.get(a), classBoxes.get(b)));
            for (PyType t : drawn) {
                if (!done.add(t)) {
                    continue;
                }
                added = true;
                PyType meta = t.getPyClass();
                if (!classBoxes.containsKey(meta)) {
                    classChain(meta);
                }
                diagram.arrow(classBoxes.get(t), classBoxes.get(meta), "type(" + t.getName() + ")");
            }
        }
    }

    private List<String> instanceRows(Object obj) {
        List<String> rows = new ArrayList<>();
        if (obj instanceof PyObject o && !(obj instanceof PyType) && PyTypes.typeOf(obj).instancesHaveDict()) {
            DictStorage s = AttributeDictStorage.viewOf(o).getStorage();
            for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
                rows.add(PyStr.str(s.keyAt(i)) + " = " + shortRepr(s.valueAt(i)));
            }
            if (rows.isEmpty()) {
                rows.add("(empty __dict__)");
            }
        } else {
            rows.add("value: " + shortRepr(obj));
        }
        return rows;
    }

    private List<String> classRows(PyType t) {
        List<String> rows = new ArrayList<>();
        if (t.isBuiltin()) {
            rows.add("(builtin class: " + t.getDict().size() + " entries in __dict__)");
            return rows;
        }
        DictStorage s = t.getDict().getStorage();
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            String key = PyStr.str(s.keyAt(i));
            if (!NOISE.contains(key)) {
                rows.add(key + ": " + describe(s.valueAt(i)));
            }
        }
        return rows;
    }

    private static String describe(Object v) {
        if (v instanceof PFunction) {
            return "function";
        }
        if (v instanceof PProperty) {
            return "property (data descriptor)";
        }
        if (v instanceof PClassMethod) {
            return PyTypes.typeOf(v).getName();
        }
        if (v instanceof PBuiltinFunction) {
            return "builtin method";
        }
        if (v instanceof PyType c) {
            return "class " + c.getName();
        }
        PyType type = PyTypes.typeOf(v);
        if (Descriptors.isDataDescriptor(v)) {
            return type.getName() + " (data descriptor)";
        }
        if (!type.isBuiltin() && type.lookup("__get__") != null) {
            return type.getName() + " (non-data descriptor)";
        }
        return shortRepr(v);
    }

    private static String shortRepr(Object v) {
        String r;
        try {
            r = PyStr.repr(v);
        } catch (RuntimeException e) {
            r = "<" + PyTypes.typeOf(v).getName() + " object>";
        }
        return r.length() > MAX_VALUE ? r.substring(0, MAX_VALUE - 3) + "..." : r;
    }
}
