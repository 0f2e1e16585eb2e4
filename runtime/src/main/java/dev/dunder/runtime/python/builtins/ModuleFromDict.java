package dev.dunder.runtime.python.builtins;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.DictStorage;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PModule;

/**
 * {@code exec(code, d)} with a plain dict as globals: Dunder's globals are a module's
 * attributes, so the dict's entries move into a fresh module and the dict becomes
 * that module's live {@code __dict__} (writes made by the code show up in it).
 */
final class ModuleFromDict {
    private ModuleFromDict() {
    }

    static PModule wrap(PDict d) {
        PModule m = new PModule("__exec__");
        DictStorage s = d.getStorage();
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            lib.put(m, s.keyAt(i), s.valueAt(i));
        }
        AttributeDictStorage.replace(m, d);
        return m;
    }
}
