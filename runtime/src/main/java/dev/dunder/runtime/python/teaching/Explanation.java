package dev.dunder.runtime.python.teaching;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.AttributeResolution;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * {@code explain(obj, "name")} and the REPL's {@code :explain}: every step of MODELS.md the
 * lookup of {@code obj.name} takes ({@link AttributeResolution}, the readable reference
 * path), then the value the real lookup returns.
 */
public final class Explanation {
    private Explanation() {
    }

    /** The steps, one per line, ending with "→ value" (or the AttributeError). */
    @TruffleBoundary
    public static String explain(Object obj, String name, String label) {
        AttributeResolution r = AttributeResolution.of(obj, name);
        List<String> lines = new ArrayList<>();
        lines.add("lookup of " + label + "." + name + ":");
        for (String step : r.steps()) {
            lines.add("  " + step.replace("<" + dev.dunder.runtime.python.objects.PyTypes.typeOf(obj).getName() + " instance>", label));
        }
        lines.add("  → " + result(obj, name));
        return String.join("\n", lines) + "\n";
    }

    /** {@code :mro}: the classes a lookup on obj searches, in order (the class's MRO, or type(obj)'s). */
    @TruffleBoundary
    public static String chain(Object obj) {
        dev.dunder.runtime.python.objects.PyType cls = obj instanceof dev.dunder.runtime.python.objects.PyType t ? t : dev.dunder.runtime.python.objects.PyTypes.typeOf(obj);
        StringBuilder sb = new StringBuilder(cls.getName()).append(".__mro__: ");
        dev.dunder.runtime.python.objects.PyType[] mro = cls.getMro();
        for (int i = 0; i < mro.length; i++) {
            sb.append(i > 0 ? " → " : "").append(mro[i].getName());
        }
        sb.append("\nmetaclass: ").append(cls.getPyClass().getName()).append('\n');
        return sb.toString();
    }

    private static String result(Object obj, String name) {
        try {
            return PyStr.repr(AttributeLookup.getAttribute(obj, name));
        } catch (PythonException e) {
            return e.getException().getPyClass().getName() + ": " + PyStr.str(e.getException());
        }
    }
}
