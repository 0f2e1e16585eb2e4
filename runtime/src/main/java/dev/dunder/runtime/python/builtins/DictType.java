package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.classMethod;
import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.method;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.DictStorage;
import dev.dunder.runtime.python.objects.HashDictStorage;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PDictIterator;
import dev.dunder.runtime.python.objects.PDictView;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.BuiltinCompare;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PySequences;
import dev.dunder.runtime.python.ops.PyStr;

/** {@code dict}, its views and mappingproxy. */
final class DictType {
    private DictType() {
    }

    static PDict d(Object o) {
        return (PDict) o;
    }

    static void install() {
        PyType t = PyTypes.DICT;
        constructor(t, "cls, *args, **kwargs", a -> new PDict(((PyType) a[0]).getInstanceShape(), new HashDictStorage()));
        method(t, "__init__", "self, other=?, /, **kwargs", a -> {
            update(d(a[0]), a[1], (PDict) a[2]);
            return PNone.NONE;
        });
        method(t, "__len__", "self, /", a -> (long) d(a[0]).size());
        method(t, "__getitem__", "self, key, /", a -> getItem(d(a[0]), a[1]));
        method(t, "__setitem__", "self, key, value, /", a -> {
            d(a[0]).setItem(a[1], a[2]);
            return PNone.NONE;
        });
        method(t, "__delitem__", "self, key, /", a -> {
            if (d(a[0]).removeItem(a[1]) == null) {
                throw PyErrors.keyError(a[1]);
            }
            return PNone.NONE;
        });
        method(t, "__contains__", "self, key, /", a -> d(a[0]).getItem(a[1]) != null);
        method(t, "__iter__", "self, /", a -> iterator(d(a[0]), PDictIterator.Kind.KEYS));
        method(t, "__reversed__", "self, /", a -> {
            Object[] keys = keys(d(a[0]));
            java.util.Collections.reverse(java.util.Arrays.asList(keys));
            return PyIter.iter(new PList(keys));
        });
        method(t, "__eq__", "self, other, /", a -> a[1] instanceof PDict o ? (Object) BuiltinCompare.dictEquals(d(a[0]), o) : PNotImplemented.INSTANCE);
        method(t, "__ne__", "self, other, /", a -> a[1] instanceof PDict o ? (Object) !BuiltinCompare.dictEquals(d(a[0]), o) : PNotImplemented.INSTANCE);
        method(t, "__or__", "self, other, /", a -> {
            if (!(a[1] instanceof PDict other)) {
                return PNotImplemented.INSTANCE;
            }
            PDict r = new PDict(d(a[0]).getStorage().copyToHash());
            update(r, other, null);
            return r;
        });
        method(t, "__ror__", "self, other, /", a -> {
            if (!(a[1] instanceof PDict other)) {
                return PNotImplemented.INSTANCE;
            }
            PDict r = new PDict(other.getStorage().copyToHash());
            update(r, a[0], null);
            return r;
        });
        method(t, "__ior__", "self, other, /", a -> {
            update(d(a[0]), a[1], null);
            return a[0];
        });
        t.define("__hash__", PNone.NONE);
        method(t, "__repr__", "self, /", a -> PyStr.reprDict(d(a[0])));
        method(t, "keys", "self, /", a -> new PDictView(PyTypes.DICT_KEYS, d(a[0])));
        method(t, "values", "self, /", a -> new PDictView(PyTypes.DICT_VALUES, d(a[0])));
        method(t, "items", "self, /", a -> new PDictView(PyTypes.DICT_ITEMS, d(a[0])));
        method(t, "get", "self, key, default=None, /", a -> {
            Object v = d(a[0]).getItem(a[1]);
            return v == null ? a[2] : v;
        });
        method(t, "setdefault", "self, key, default=None, /", a -> {
            Object v = d(a[0]).getItem(a[1]);
            if (v == null) {
                d(a[0]).setItem(a[1], a[2]);
                return a[2];
            }
            return v;
        });
        method(t, "pop", "self, key, default=?, /", a -> {
            Object v = d(a[0]).removeItem(a[1]);
            if (v == null) {
                if (a[2] == null) {
                    throw PyErrors.keyError(a[1]);
                }
                return a[2];
            }
            return v;
        });
        method(t, "popitem", "self, /", a -> {
            PDict self = d(a[0]);
            DictStorage s = self.getStorage();
            int last = -1;
            for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
                last = i;
            }
            if (last < 0) {
                throw PyErrors.raise(PyTypes.KEY_ERROR, "popitem(): dictionary is empty");
            }
            Object k = s.keyAt(last);
            Object v = s.valueAt(last);
            self.removeItem(k);
            return PTuple.of(k, v);
        });
        method(t, "update", "self, other=?, /, **kwargs", a -> {
            update(d(a[0]), a[1], (PDict) a[2]);
            return PNone.NONE;
        });
        method(t, "copy", "self, /", a -> new PDict(d(a[0]).getStorage().copyToHash()));
        method(t, "clear", "self, /", a -> {
            d(a[0]).getStorage().clear();
            return PNone.NONE;
        });
        classMethod(t, "fromkeys", "cls, iterable, value=None, /", a -> {
            Object r = PyCall.call(a[0]);
            for (Object k : PyIter.toArray(a[1])) {
                PySequences.setItem(r, k, a[2]);
            }
            return r;
        });
        installViews();
        installMappingProxy();
    }

    static Object getItem(PDict self, Object key) {
        Object v = self.getItem(key);
        if (v == null) {
            if (self.getPyClass() != PyTypes.DICT) {
                Object missing = self.getPyClass().lookup("__missing__");
                if (missing != null) {
                    return PyCall.callMethod(missing, self, key);
                }
            }
            throw PyErrors.keyError(key);
        }
        return v;
    }

    static Object[] keys(PDict d) {
        DictStorage s = d.getStorage();
        Object[] r = new Object[s.size()];
        int n = 0;
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            r[n++] = s.keyAt(i);
        }
        return r;
    }

    static Object iterator(PDict d, PDictIterator.Kind kind) {
        PyType type = switch (kind) {
            case KEYS -> PyTypes.DICT_KEYITERATOR;
            case VALUES -> PyTypes.DICT_VALUEITERATOR;
            default -> PyTypes.DICT_ITEMITERATOR;
        };
        return new PDictIterator(type.getInstanceShape(), d.getStorage(), kind);
    }

    /** dict.update / dict(...): a mapping (has keys()), or an iterable of pairs, then keywords. */
    static void update(PDict self, Object other, PDict kwargs) {
        if (other != null) {
            if (other instanceof PDict od && PyTypes.typeOf(od).lookup("keys") == PyTypes.DICT.getDict().getItem("keys")) {
                DictStorage s = od.getStorage();
                for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
                    self.setItem(s.keyAt(i), s.valueAt(i));
                }
            } else if (PyTypes.typeOf(other).lookup("keys") != null) {
                Object keys = PyCall.callSpecialIfPresent(other, "keys");
                for (Object k : PyIter.toArray(keys)) {
                    self.setItem(k, PySequences.getItem(other, k));
                }
            } else {
                int n = 0;
                for (Object pair : PyIter.toArray(other)) {
                    Object[] kv;
                    try {
                        kv = PyIter.toArray(pair);
                    } catch (dev.dunder.runtime.python.PythonException e) {
                        throw PyErrors.typeError("cannot convert dictionary update sequence element #%d to a sequence", n);
                    }
                    if (kv.length != 2) {
                        throw PyErrors.valueError("dictionary update sequence element #%d has length %d; 2 is required", n, kv.length);
                    }
                    self.setItem(kv[0], kv[1]);
                    n++;
                }
            }
        }
        if (kwargs != null) {
            DictStorage s = kwargs.getStorage();
            for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
                self.setItem(s.keyAt(i), s.valueAt(i));
            }
        }
    }

    private static void installViews() {
        for (PyType vt : new PyType[]{PyTypes.DICT_KEYS, PyTypes.DICT_VALUES, PyTypes.DICT_ITEMS}) {
            PDictIterator.Kind kind = vt == PyTypes.DICT_KEYS ? PDictIterator.Kind.KEYS : vt == PyTypes.DICT_VALUES ? PDictIterator.Kind.VALUES : PDictIterator.Kind.ITEMS;
            method(vt, "__len__", "self, /", a -> (long) ((PDictView) a[0]).getDict().size());
            method(vt, "__iter__", "self, /", a -> iterator(((PDictView) a[0]).getDict(), kind));
            method(vt, "__reversed__", "self, /", a -> {
                Object[] items = PyIter.toArray(iterator(((PDictView) a[0]).getDict(), kind));
                java.util.Collections.reverse(java.util.Arrays.asList(items));
                return PyIter.iter(new PList(items));
            });
            method(vt, "__repr__", "self, /", a -> vt.getName() + "(" + PyStr.reprList(new PList(PyIter.toArray(a[0]))) + ")");
            method(vt, "__contains__", "self, key, /", a -> {
                PDict dict = ((PDictView) a[0]).getDict();
                if (kind == PDictIterator.Kind.KEYS) {
                    return dict.getItem(a[1]) != null;
                }
                if (kind == PDictIterator.Kind.ITEMS) {
                    if (!(a[1] instanceof PTuple pair) || pair.size() != 2) {
                        return false;
                    }
                    Object v = dict.getItem(pair.get(0));
                    return v != null && dev.dunder.runtime.python.ops.PyCompare.equalsForContainers(v, pair.get(1));
                }
                return ListType.indexOf(PyIter.toArray(a[0]), a[1], 0, Long.MAX_VALUE) >= 0;
            });
            if (kind != PDictIterator.Kind.VALUES) {
                t(vt, "__and__", SetType.Op.AND);
                t(vt, "__or__", SetType.Op.OR);
                t(vt, "__sub__", SetType.Op.SUB);
                t(vt, "__xor__", SetType.Op.XOR);
                t(vt, "__rand__", SetType.Op.AND);
                t(vt, "__ror__", SetType.Op.OR);
                t(vt, "__rxor__", SetType.Op.XOR);
                method(vt, "isdisjoint", "self, other, /", a -> SetType.setOf(a[0]).size() == SetType.binary(SetType.setOf(a[0]), SetType.setOf(a[1]), SetType.Op.SUB).size());
                for (dev.dunder.runtime.python.ops.PyCompare.Op op : dev.dunder.runtime.python.ops.PyCompare.Op.values()) {
                    method(vt, "__" + op.name().toLowerCase() + "__", "self, other, /", a -> SetType.compare(SetType.setOf(a[0]), a[1], op));
                }
            }
        }
    }

    private static void t(PyType vt, String name, SetType.Op op) {
        method(vt, name, "self, other, /", a -> SetType.binary(SetType.setOf(a[0]), SetType.setOf(a[1]), op));
    }

    private static void installMappingProxy() {
        PyType t = PyTypes.MAPPINGPROXY;
        method(t, "__getitem__", "self, key, /", a -> PySequences.getItem(proxied(a[0]), a[1]));
        method(t, "__len__", "self, /", a -> PySequences.len(proxied(a[0])));
        method(t, "__iter__", "self, /", a -> PyIter.iter(proxied(a[0])));
        method(t, "__contains__", "self, key, /", a -> PySequences.contains(proxied(a[0]), a[1]));
        method(t, "keys", "self, /", a -> PyCall.callSpecialIfPresent(proxied(a[0]), "keys"));
        method(t, "values", "self, /", a -> PyCall.callSpecialIfPresent(proxied(a[0]), "values"));
        method(t, "items", "self, /", a -> PyCall.callSpecialIfPresent(proxied(a[0]), "items"));
        method(t, "get", "self, key, default=None, /", a -> {
            Object m = proxied(a[0]);
            Object v = m instanceof PDict pd ? pd.getItem(a[1]) : null;
            return v == null ? a[2] : v;
        });
        method(t, "copy", "self, /", a -> new PDict(((PDict) proxied(a[0])).getStorage().copyToHash()));
        method(t, "__repr__", "self, /", a -> "mappingproxy(" + PyStr.repr(proxied(a[0])) + ")");
        method(t, "__eq__", "self, other, /", a -> dev.dunder.runtime.python.ops.PyCompare.eq(proxied(a[0]), a[1]));
    }

    private static Object proxied(Object o) {
        return ((dev.dunder.runtime.python.objects.MappingProxy) o).getMapping();
    }
}
