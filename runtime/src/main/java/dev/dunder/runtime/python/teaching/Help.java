package dev.dunder.runtime.python.teaching;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.DictStorage;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PClassMethod;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PMethod;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PProperty;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.objects.Signature;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * {@code help(x)} and the REPL's {@code :doc}: a short pydoc-style page with the
 * signature and docstring of a function, or the bases, docstring and members of a class
 * (what it defines itself, grouped as pydoc groups them).
 */
public final class Help {
    private Help() {
    }

    @TruffleBoundary
    public static String text(Object obj) {
        if (obj instanceof PyType cls) {
            return classPage(cls);
        }
        if (obj instanceof PFunction f) {
            return "Help on function " + f.getName() + ":\n\n" + signature(f.getName(), f.getSignature()) + "\n" + indentDoc(f.getDoc(), "    ");
        }
        if (obj instanceof PMethod m && m.getFunction() instanceof PFunction f) {
            return "Help on method " + f.getName() + " of " + PyTypes.typeOf(m.getSelf()).getName() + " object:\n\n"
                            + signature(f.getName(), f.getSignature()) + " method of " + PyTypes.typeOf(m.getSelf()).getName() + " instance\n"
                            + indentDoc(f.getDoc(), "    ");
        }
        if (obj instanceof PBuiltinFunction b) {
            return "Help on built-in function " + b.getName() + ":\n\n" + b.getName() + "(...)\n" + indentDoc(b.getDoc(), "    ");
        }
        if (obj instanceof PModule m) {
            Object doc = AttributeLookup.lookupOrNull(m, "__doc__");
            return "Help on module " + PyStr.str(AttributeLookup.lookupOrNull(m, "__name__")) + ":\n\n" + indentDoc(doc, "    ");
        }
        return classPage(PyTypes.typeOf(obj));
    }

    private static String classPage(PyType cls) {
        StringBuilder sb = new StringBuilder();
        Object module = cls.getDict().getItem("__module__");
        sb.append("Help on class ").append(cls.getName());
        if (module instanceof String m) {
            sb.append(" in module ").append(m);
        }
        sb.append(":\n\nclass ").append(cls.getName()).append('(');
        PyType[] bases = cls.getBases();
        for (int i = 0; i < bases.length; i++) {
            sb.append(i > 0 ? ", " : "").append(bases[i].isBuiltin() ? "builtins." : "").append(bases[i].getName());
        }
        sb.append(")\n");
        String doc = docOf(cls.getDict().getItem("__doc__"));
        if (doc != null) {
            for (String line : doc.split("\n")) {
                sb.append(" |  ").append(line.strip()).append('\n');
            }
        }
        sb.append(" |  \n |  Method resolution order:\n");
        for (PyType t : cls.getMro()) {
            sb.append(" |      ").append(t.isBuiltin() ? "builtins." : "").append(t.getName()).append('\n');
        }
        List<String> methods = new ArrayList<>();
        List<String> descriptors = new ArrayList<>();
        List<String> data = new ArrayList<>();
        DictStorage s = cls.getDict().getStorage();
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            String name = PyStr.str(s.keyAt(i));
            Object v = s.valueAt(i);
            if (name.equals("__module__") || name.equals("__qualname__") || name.equals("__doc__") || name.equals("__dict__") || name.equals("__weakref__")) {
                continue;
            }
            if (v instanceof PFunction f) {
                methods.add(signature(name, f.getSignature()) + "\n" + indentDoc(f.getDoc(), " |      "));
            } else if (v instanceof PClassMethod || v instanceof PProperty) {
                descriptors.add(name + "\n" + indentDoc(v instanceof PProperty p ? AttributeLookup.lookupOrNull(p, "__doc__") : null, " |      "));
            } else if (!cls.isBuiltin()) {
                data.add(name + " = " + PyStr.repr(v) + "\n");
            }
        }
        section(sb, "Methods defined here:", methods);
        section(sb, "Descriptors defined here:", descriptors);
        section(sb, "Data and other attributes defined here:", data);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        sb.append(" |  \n |  ").append(title).append("\n |  \n");
        for (String e : entries) {
            sb.append(" |  ").append(e);
        }
    }

    private static String signature(String name, Signature sig) {
        List<String> parts = new ArrayList<>(List.of(sig.positional()));
        if (sig.varArgs() != null) {
            parts.add("*" + sig.varArgs());
        } else if (sig.keywordOnly().length > 0) {
            parts.add("*");
        }
        parts.addAll(List.of(sig.keywordOnly()));
        if (sig.varKeywords() != null) {
            parts.add("**" + sig.varKeywords());
        }
        return name + "(" + String.join(", ", parts) + ")";
    }

    private static String docOf(Object doc) {
        return doc instanceof String s ? s : null;
    }

    private static String indentDoc(Object doc, String indent) {
        String d = docOf(doc == PNone.NONE ? null : doc);
        if (d == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : d.strip().split("\n")) {
            sb.append(indent).append(line.strip()).append('\n');
        }
        return sb.toString();
    }
}
