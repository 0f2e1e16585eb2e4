package dev.dunder.runtime.python.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.BuiltinDefaults;
import dev.dunder.runtime.python.objects.BuiltinBody;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PBuiltinFunction.Kind;
import dev.dunder.runtime.python.objects.PGetSetDescriptor;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.objects.Signature;

/**
 * The small vocabulary the builtin tables are written in. A parameter list is
 * given as Python would write it, e.g. {@code "self, sep=None, maxsplit=-1"},
 * {@code "*args, key=?"} ({@code =?}: optional, arrives as Java null when not passed),
 * {@code "a, /, b"} and {@code "*, key"}.
 */
final class Def {
    private Def() {
    }

    /** A method of a builtin class: binds its first argument; checks its type on unbound calls. */
    static PBuiltinFunction method(PyType owner, String name, String params, BuiltinBody body) {
        return install(owner, name, params, Kind.METHOD, selfChecked(owner, name, body));
    }

    /** A method that may receive any self (used for {@code object}'s methods, which every value has). */
    static PBuiltinFunction anyMethod(PyType owner, String name, String params, BuiltinBody body) {
        return install(owner, name, params, Kind.METHOD, body);
    }

    static PBuiltinFunction classMethod(PyType owner, String name, String params, BuiltinBody body) {
        return install(owner, name, params, Kind.CLASSMETHOD, body);
    }

    static PBuiltinFunction staticMethod(PyType owner, String name, String params, BuiltinBody body) {
        return install(owner, name, params, Kind.STATICMETHOD, body);
    }

    /** {@code __new__}: a static method whose first argument is the class being instantiated. */
    static PBuiltinFunction constructor(PyType owner, String params, BuiltinBody body) {
        return install(owner, "__new__", params, Kind.STATICMETHOD, body);
    }

    private static PBuiltinFunction install(PyType owner, String name, String params, Kind kind, BuiltinBody body) {
        PBuiltinFunction f = function(name, params, kind, body);
        f.setOwner(owner);
        owner.define(name, f);
        return f;
    }

    /** A read-only attribute computed in Java. */
    static void getter(PyType owner, String name, Function<Object, Object> get) {
        owner.define(name, new PGetSetDescriptor(name, owner, get, null));
    }

    /** A writable attribute; the setter receives null for {@code del}. */
    static void getset(PyType owner, String name, Function<Object, Object> get, BiConsumer<Object, Object> set) {
        owner.define(name, new PGetSetDescriptor(name, owner, get, set));
    }

    /** A module-level builtin function. */
    static PBuiltinFunction function(PModule module, String name, String params, BuiltinBody body) {
        PBuiltinFunction f = function(name, params, Kind.FUNCTION, body);
        f.setModule(module);
        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(module, name, f);
        return f;
    }

    static PBuiltinFunction function(String name, String params, Kind kind, BuiltinBody body) {
        Parsed p = parse(params);
        return new PBuiltinFunction(name, p.signature, p.defaults, kind, inDeclarationOrder(p, body));
    }

    /**
     * Bound arguments arrive in the signature's layout (positional, keyword-only, *args,
     * **kwargs); the bodies are written against the order the parameters are declared in.
     */
    private static BuiltinBody inDeclarationOrder(Parsed p, BuiltinBody body) {
        int[] order = p.declarationOrder;
        boolean identity = true;
        for (int i = 0; i < order.length; i++) {
            identity &= order[i] == i;
        }
        if (identity) {
            return body;
        }
        return args -> {
            Object[] declared = new Object[order.length];
            for (int i = 0; i < order.length; i++) {
                declared[i] = args[order[i]];
            }
            return body.call(declared);
        };
    }

    private static BuiltinBody selfChecked(PyType owner, String name, BuiltinBody body) {
        if (owner == PyTypes.OBJECT) {
            return body;
        }
        return args -> {
            Object self = args[0];
            if (!PyTypes.typeOf(self).isSubtypeOf(owner)) {
                if (name.startsWith("__") && name.endsWith("__")) {
                    throw PyErrors.typeError("descriptor '%s' requires a '%s' object but received a '%s'", name, owner.getName(), PyErrors.typeName(self));
                }
                throw PyErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.getName(), PyErrors.typeName(self));
            }
            return body.call(args);
        };
    }

    /** {@code declarationOrder[i]}: the layout slot of the i-th declared parameter. */
    record Parsed(Signature signature, Object[] defaults, int[] declarationOrder) {
    }

    static Parsed parse(String params) {
        List<String> positional = new ArrayList<>();
        List<Object> posDefaults = new ArrayList<>();
        List<String> kwOnly = new ArrayList<>();
        List<Object> kwDefaults = new ArrayList<>();
        String varArgs = null;
        String varKw = null;
        int posOnly = 0;
        boolean inKwOnly = false;
        List<String> declared = new ArrayList<>();
        if (!params.isBlank()) {
            for (String raw : params.split(",")) {
                String p = raw.trim();
                if (p.equals("/")) {
                    posOnly = positional.size();
                } else if (p.equals("*")) {
                    inKwOnly = true;
                } else if (p.startsWith("**")) {
                    varKw = p.substring(2);
                    declared.add("**");
                } else if (p.startsWith("*")) {
                    varArgs = p.substring(1);
                    inKwOnly = true;
                    declared.add("*");
                } else {
                    String name = p;
                    Object dflt = BuiltinDefaults.REQUIRED;
                    int eq = p.indexOf('=');
                    if (eq >= 0) {
                        name = p.substring(0, eq).trim();
                        dflt = literal(p.substring(eq + 1).trim());
                    }
                    declared.add(name);
                    if (inKwOnly) {
                        kwOnly.add(name);
                        kwDefaults.add(dflt);
                    } else {
                        positional.add(name);
                        posDefaults.add(dflt);
                    }
                }
            }
        }
        Signature sig = new Signature(positional.toArray(new String[0]), posOnly, kwOnly.toArray(new String[0]), varArgs, varKw);
        Object[] defaults = new Object[sig.slotCount()];
        for (int i = 0; i < positional.size(); i++) {
            defaults[i] = posDefaults.get(i);
        }
        for (int i = 0; i < kwOnly.size(); i++) {
            defaults[positional.size() + i] = kwDefaults.get(i);
        }
        int[] order = new int[declared.size()];
        for (int i = 0; i < order.length; i++) {
            String d = declared.get(i);
            if (d.equals("*")) {
                order[i] = sig.varArgsIndex();
            } else if (d.equals("**")) {
                order[i] = sig.varKeywordsIndex();
            } else if (positional.contains(d)) {
                order[i] = positional.indexOf(d);
            } else {
                order[i] = positional.size() + kwOnly.indexOf(d);
            }
        }
        return new Parsed(sig, defaults, order);
    }

    private static Object literal(String s) {
        switch (s) {
            case "?":
                return null;
            case "None":
                return PNone.NONE;
            case "True":
                return true;
            case "False":
                return false;
            case "()":
                return dev.dunder.runtime.python.objects.PTuple.empty();
            default:
                if (s.startsWith("'")) {
                    return s.substring(1, s.length() - 1);
                }
                try {
                    return Long.parseLong(s);
                } catch (NumberFormatException e) {
                    return Double.parseDouble(s);
                }
        }
    }
}
