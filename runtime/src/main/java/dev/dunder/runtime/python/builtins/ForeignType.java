package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.interop.ForeignAccess;
import dev.dunder.runtime.python.interop.ForeignErrors;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * The class {@code foreign}: every host object and every other language's object has it as
 * its Python type. Its special methods map Python's protocols onto interop messages
 * ({@link ForeignAccess}), so Python code uses a Java list or a JS object with ordinary
 * syntax. Also {@code polyglot.ForeignError}, the Python face of a foreign exception.
 */
final class ForeignType {
    private ForeignType() {
    }

    static void install() {
        PyType t = PyTypes.FOREIGN;
        t.define("__module__", "polyglot");
        AttributeLookup.foreignGetattribute = method(t, "__getattribute__", "self, name, /", a -> {
            String name = attrName(a[1]);
            Object found = AttributeLookup.foreignGetAttribute(a[0], name);
            if (found == null) {
                throw PyErrors.attributeError("'" + ForeignAccess.typeName(a[0]) + "' object has no attribute '" + name + "'", a[0], name);
            }
            return found;
        });
        method(t, "__setattr__", "self, name, value, /", a -> {
            ForeignAccess.setAttribute(a[0], attrName(a[1]), a[2]);
            return PNone.NONE;
        });
        method(t, "__delattr__", "self, name, /", a -> {
            ForeignAccess.deleteAttribute(a[0], attrName(a[1]));
            return PNone.NONE;
        });
        method(t, "__dir__", "self, /", a -> {
            Set<String> names = new LinkedHashSet<>(ForeignAccess.memberNames(a[0]));
            names.addAll(Dir.typeDir(PyTypes.FOREIGN));
            return new PList(names.toArray());
        });
        method(t, "__call__", "self, /, *args, **kwargs", a -> ForeignAccess.call(a[0], ((PTuple) a[1]).getItems(), ((PDict) a[2]).size() > 0));
        method(t, "__len__", "self, /", a -> ForeignAccess.len(a[0]));
        method(t, "__getitem__", "self, key, /", a -> ForeignAccess.getItem(a[0], a[1]));
        method(t, "__setitem__", "self, key, value, /", a -> {
            ForeignAccess.setItem(a[0], a[1], a[2]);
            return PNone.NONE;
        });
        method(t, "__delitem__", "self, key, /", a -> {
            ForeignAccess.delItem(a[0], a[1]);
            return PNone.NONE;
        });
        method(t, "__contains__", "self, item, /", a -> ForeignAccess.contains(a[0], a[1]));
        method(t, "__iter__", "self, /", a -> ForeignAccess.iter(a[0]));
        method(t, "__next__", "self, /", a -> {
            Object v = ForeignAccess.next(a[0]);
            if (v == null) {
                throw PyErrors.stopIteration();
            }
            return v;
        });
        method(t, "__bool__", "self, /", a -> ForeignAccess.isTrue(a[0]));
        method(t, "__eq__", "self, other, /", a -> ForeignAccess.isIdentical(a[0], a[1]) ? Boolean.TRUE : PNotImplemented.INSTANCE);
        method(t, "__ne__", "self, other, /", a -> ForeignAccess.isIdentical(a[0], a[1]) ? Boolean.FALSE : PNotImplemented.INSTANCE);
        method(t, "__hash__", "self, /", a -> ForeignAccess.identityHash(a[0]));
        method(t, "__instancecheck__", "self, instance, /", a -> ForeignAccess.isInstance(a[0], a[1]));
        method(t, "__repr__", "self, /", a -> ForeignAccess.repr(a[0]));
        method(t, "__str__", "self, /", a -> ForeignAccess.str(a[0]));
        installForeignError();
    }

    private static String attrName(Object name) {
        if (!(name instanceof String s)) {
            throw PyErrors.typeError("attribute name must be string, not '%s'", PyErrors.typeName(name));
        }
        return s;
    }

    private static void installForeignError() {
        PyType t = PyTypes.FOREIGN_ERROR;
        t.setInstancesHaveDict(true);
        t.define("__module__", "polyglot");
        getter(t, "exception", e -> {
            Object original = ForeignErrors.originalOf((PBaseException) e);
            return original == null ? PNone.NONE : original;
        });
        t.define("__doc__", "An exception thrown by the host or another language into Python code.");
    }
}
