package dev.dunder.runtime.python.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.model.Descriptors;
import dev.dunder.runtime.python.model.InstanceDicts;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.DictStorage;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Tab completion for the REPL, by Python's own rules but without running any code: a name
 * completes against the keywords, {@code __main__}'s globals and the builtins; after a dot,
 * the object before it is found by plain dictionary reads (instance dict, then the class's
 * MRO; the chain stops at anything whose value a descriptor or {@code __getattr__} would
 * compute) and its attributes are {@code dir()}'s: the instance dict plus every class of
 * the MRO, and for a class also its metaclass's MRO.
 */
public final class Completion {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
                    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
                    "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private Completion() {
    }

    /** Completions of the dotted name at the end of {@code text} (e.g. "v.ma" → "v.magnitude"). */
    @TruffleBoundary
    public static List<String> candidates(String text) {
        String word = dev.dunder.runtime.common.CompletionWord.dottedNameAtEnd(text);
        List<String> out = new ArrayList<>();
        int dot = word.lastIndexOf('.');
        if (dot < 0) {
            for (String n : globalNames()) {
                if (n.startsWith(word)) {
                    out.add(n);
                }
            }
            return out;
        }
        String[] path = word.substring(0, dot).split("\\.", -1);
        String partial = word.substring(dot + 1);
        Object obj = resolveGlobal(path[0]);
        for (int i = 1; i < path.length && obj != null; i++) {
            obj = staticAttribute(obj, path[i]);
        }
        if (obj == null) {
            return out;
        }
        String prefix = word.substring(0, dot + 1);
        for (String n : attributeNames(obj)) {
            if (n.startsWith(partial) && (partial.startsWith("_") || !n.startsWith("_"))) {
                out.add(prefix + n);
            }
        }
        return out;
    }

    private static Set<String> globalNames() {
        Set<String> names = new TreeSet<>(KEYWORDS);
        PythonContext ctx = PythonContext.current();
        addKeys(names, AttributeDictStorage.viewOf(mainModule(ctx)).getStorage());
        addKeys(names, AttributeDictStorage.viewOf(ctx.getBuiltins()).getStorage());
        return names;
    }

    private static PModule mainModule(PythonContext ctx) {
        return (PModule) ctx.getModules().getItem("__main__");
    }

    private static Object resolveGlobal(String name) {
        PythonContext ctx = PythonContext.current();
        Object v = InstanceDicts.get(mainModule(ctx), name);
        return v != null ? v : InstanceDicts.get(ctx.getBuiltins(), name);
    }

    /** obj.name by dictionary reads only; null where finding it would run code. */
    private static Object staticAttribute(Object obj, String name) {
        if (obj instanceof PModule m) {
            return InstanceDicts.get(m, name);
        }
        if (obj instanceof PyType cls) {
            Object v = cls.lookup(name);
            return v == null || v instanceof PFunction || !Descriptors.hasGet(v) ? v : null;
        }
        PyType type = PyTypes.typeOf(obj);
        if (type.lookup("__getattribute__") != dev.dunder.runtime.python.model.AttributeLookup.objectGetattribute) {
            return null;
        }
        Object meta = type.lookup(name);
        if (meta != null && Descriptors.isDataDescriptor(meta)) {
            return null;
        }
        if (obj instanceof PyObject) {
            Object own = InstanceDicts.get(obj, name);
            if (own != null) {
                return own;
            }
        }
        return meta != null && !Descriptors.hasGet(meta) ? meta : null;
    }

    /** dir() without calling __dir__: the instance dict and the MRO's dicts (and the metaclass's, for a class). */
    public static Set<String> attributeNames(Object obj) {
        Set<String> names = new TreeSet<>();
        if (obj instanceof PyType cls) {
            for (PyType t : cls.getMro()) {
                addKeys(names, t.getDict().getStorage());
            }
            for (PyType t : cls.getPyClass().getMro()) {
                addKeys(names, t.getDict().getStorage());
            }
            return names;
        }
        if (obj instanceof PyObject o && (PyTypes.typeOf(obj).instancesHaveDict() || obj instanceof PModule)) {
            addKeys(names, AttributeDictStorage.viewOf(o).getStorage());
        }
        if (!(obj instanceof PModule)) {
            for (PyType t : PyTypes.typeOf(obj).getMro()) {
                addKeys(names, t.getDict().getStorage());
            }
        }
        return names;
    }

    private static void addKeys(Set<String> names, DictStorage s) {
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            if (s.keyAt(i) instanceof String k) {
                names.add(k);
            }
        }
    }
}
