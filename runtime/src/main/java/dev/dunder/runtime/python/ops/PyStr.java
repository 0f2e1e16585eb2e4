package dev.dunder.runtime.python.ops;

import java.math.BigInteger;
import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PSet;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * {@code str()} and {@code repr()}. Builtin containers are printed here directly
 * (with {@code [...]} for a container that contains itself); everything else goes
 * through {@code __str__} / {@code __repr__} looked up on the type.
 */
public final class PyStr {
    private static final ThreadLocal<IdentityHashMap<Object, Object>> REPR_STACK = ThreadLocal.withInitial(IdentityHashMap::new);

    private PyStr() {
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof Long || o instanceof Boolean || o instanceof Double || o instanceof BigInteger) {
            return repr(o);
        }
        PyType type = PyTypes.typeOf(o);
        Object strMethod = type.lookup("__str__");
        if (strMethod == BuiltinReprs.objectStr) {
            return repr(o);
        }
        Object r = Convert.unbox(PyCall.callMethod(strMethod, o));
        if (r instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("__str__ returned non-string (type %s)", PyErrors.typeName(r));
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return reprString(s);
        } else if (o instanceof Long || o instanceof BigInteger) {
            return PyNumbers.intToString(o);
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Double d) {
            return PyFloats.repr(d);
        } else if (o instanceof Integer i) {
            return i.toString();
        }
        PyType type = PyTypes.typeOf(o);
        Object reprMethod = type.lookup("__repr__");
        if (reprMethod == null) {
            return BuiltinReprs.defaultRepr(o);
        }
        Object r = Convert.unbox(PyCall.callMethod(reprMethod, o));
        if (r instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("__repr__ returned non-string (type %s)", PyErrors.typeName(r));
    }

    /** {@code repr(o)} as the object {@code __repr__} returned (a str subclass instance stays one). */
    @TruffleBoundary
    public static Object reprObject(Object o) {
        if (!(o instanceof dev.dunder.runtime.python.objects.PyObject) || o instanceof PList || o instanceof PTuple || o instanceof PDict) {
            return repr(o);
        }
        Object reprMethod = PyTypes.typeOf(o).lookup("__repr__");
        Object r = reprMethod == null ? BuiltinReprs.defaultRepr(o) : PyCall.callMethod(reprMethod, o);
        if (Convert.isStr(r)) {
            return r;
        }
        throw PyErrors.typeError("__repr__ returned non-string (type %s)", PyErrors.typeName(r));
    }

    /** Runs {@code body} unless {@code container} is already being printed further up (then "..."). */
    @TruffleBoundary
    public static String guarded(Object container, String ellipsis, java.util.function.Supplier<String> body) {
        IdentityHashMap<Object, Object> stack = REPR_STACK.get();
        if (stack.containsKey(container)) {
            return ellipsis;
        }
        stack.put(container, container);
        try {
            return body.get();
        } finally {
            stack.remove(container);
        }
    }

    @TruffleBoundary
    public static String reprList(PList l) {
        if (l.size() == 0) {
            return "[]";
        }
        return guarded(l, "[...]", () -> {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(l.get(i)));
            }
            return sb.append(']').toString();
        });
    }

    @TruffleBoundary
    public static String reprTuple(PTuple t) {
        if (t.size() == 0) {
            return "()";
        }
        return guarded(t, "(...)", () -> {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(t.get(i)));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        });
    }

    @TruffleBoundary
    public static String reprDict(PDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        return guarded(d, "{...}", () -> {
            StringBuilder sb = new StringBuilder("{");
            var s = d.getStorage();
            boolean first = true;
            for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(s.keyAt(i))).append(": ").append(repr(s.valueAt(i)));
            }
            return sb.append('}').toString();
        });
    }

    @TruffleBoundary
    public static String reprSet(PSet set) {
        String name = set.getPyClass().getName();
        boolean plain = set.getPyClass() == PyTypes.SET;
        if (set.size() == 0) {
            return name + "()";
        }
        return guarded(set, name + "(...)", () -> {
            StringBuilder sb = new StringBuilder();
            if (!plain) {
                sb.append(name).append('(');
            }
            sb.append('{');
            var t = set.getTable();
            boolean first = true;
            for (int i = t.nextIndex(-1); i >= 0; i = t.nextIndex(i)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(t.keyAt(i)));
            }
            sb.append('}');
            if (!plain) {
                sb.append(')');
            }
            return sb.toString();
        });
    }

    /** CPython's unicode_repr: single quotes unless the text has ' but no ". */
    @TruffleBoundary
    public static String reprString(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** str.isprintable() for one code point: not a control, separator (other than space) or unassigned. */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** {@code ascii()}: repr with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String ascii(Object o) {
        String r = repr(o);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }

    /** The class name as tracebacks print it: qualified unless the class is from builtins or __main__. */
    @TruffleBoundary
    public static String qualifiedTypeName(PyType t) {
        Object module = t.getDict().getItem("__module__");
        String name = t.getQualname();
        if (module instanceof String m && !m.equals("builtins") && !m.equals("__main__")) {
            return m + "." + name;
        }
        return name;
    }

    /** The last line of a traceback: {@code ValueError: message}, or just the name when str(e) is empty. */
    @TruffleBoundary
    public static String exceptionLine(PBaseException e) {
        String name = qualifiedTypeName(e.getPyClass());
        String message;
        try {
            message = str(e);
        } catch (RuntimeException ex) {
            message = "<exception str() failed>";
        }
        return message.isEmpty() ? name : name + ": " + message;
    }

    /** An address-like number for default reprs ({@code <A object at 0x7f...>}); stable per object. */
    public static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L + ((long) System.identityHashCode(o) << 4));
    }

    /** True for objects whose repr the runtime prints itself. */
    public static boolean isPyObject(Object o) {
        return o instanceof PyObject;
    }
}
