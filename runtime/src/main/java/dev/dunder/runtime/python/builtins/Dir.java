package dev.dunder.runtime.python.builtins;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.dunder.runtime.python.model.InstanceDicts;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.DictStorage;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * {@code dir()}'s default answers: an object's instance dict plus everything its
 * class and the class's MRO define; for a class, its MRO's dicts (not the
 * metaclass's). Sorted, as {@code dir} returns them.
 */
public final class Dir {
    private Dir() {
    }

    public static List<String> objectDir(Object obj) {
        Set<String> names = new LinkedHashSet<>();
        if (obj instanceof PyObject o && (InstanceDicts.hasDict(obj) || obj instanceof PModule)) {
            addKeys(names, AttributeDictStorage.viewOf(o).getStorage());
        }
        if (!(obj instanceof PModule)) {
            for (PyType t : PyTypes.typeOf(obj).getMro()) {
                addKeys(names, t.getDict().getStorage());
            }
        }
        return sorted(names);
    }

    public static List<String> typeDir(PyType cls) {
        Set<String> names = new LinkedHashSet<>();
        for (PyType t : cls.getMro()) {
            addKeys(names, t.getDict().getStorage());
        }
        return sorted(names);
    }

    private static void addKeys(Set<String> names, DictStorage s) {
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            if (s.keyAt(i) instanceof String k) {
                names.add(k);
            }
        }
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(dev.dunder.runtime.python.ops.BuiltinCompare::compareStrings);
        return list;
    }
}
