package dev.dunder.runtime.python.builtins;

import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Fills the builtin classes' dicts with their methods (the classes are immutable and
 * shared by every context). {@code object} and {@code type} are filled at once; the rest
 * on first use of each class, since creating a few hundred builtin functions is a
 * noticeable share of a short script's run time.
 */
public final class BuiltinTypes {
    private static volatile boolean installed;

    private BuiltinTypes() {
    }

    public static void ensureInstalled() {
        if (installed) {
            return;
        }
        synchronized (BuiltinTypes.class) {
            if (installed) {
                return;
            }
            ObjectType.install();
            TypeType.install();
            for (PyType t : PyTypes.EXCEPTIONS) {
                t.setInstancesHaveDict(true);
            }
            PyTypes.FUNCTION.setInstancesHaveDict(true);
            PyTypes.MODULE.setInstancesHaveDict(true);
            lazy(NumberTypes::installInt, PyTypes.INT);
            lazy(NumberTypes::installBool, PyTypes.BOOL);
            lazy(NumberTypes::installFloat, PyTypes.FLOAT);
            lazy(ComplexType::install, PyTypes.COMPLEX);
            lazy(StrType::install, PyTypes.STR);
            lazy(ListType::installList, PyTypes.LIST);
            lazy(ListType::installTuple, PyTypes.TUPLE);
            lazy(DictType::install, PyTypes.DICT, PyTypes.DICT_KEYS, PyTypes.DICT_VALUES, PyTypes.DICT_ITEMS, PyTypes.MAPPINGPROXY);
            lazy(SetType::install, PyTypes.SET, PyTypes.FROZENSET);
            lazy(RangeSliceTypes::install, PyTypes.RANGE, PyTypes.SLICE, PyTypes.NONETYPE, PyTypes.NOTIMPLEMENTEDTYPE, PyTypes.ELLIPSISTYPE);
            lazy(FunctionTypes::install, PyTypes.FUNCTION, PyTypes.BUILTIN_FUNCTION, PyTypes.METHOD_DESCRIPTOR, PyTypes.WRAPPER_DESCRIPTOR,
                            PyTypes.CLASSMETHOD_DESCRIPTOR, PyTypes.METHOD_WRAPPER, PyTypes.METHOD, PyTypes.MODULE, PyTypes.GETSET_DESCRIPTOR,
                            PyTypes.MEMBER_DESCRIPTOR, PyTypes.CELL, PyTypes.CODE);
            lazy(DescriptorTypes::install, PyTypes.PROPERTY, PyTypes.CLASSMETHOD, PyTypes.STATICMETHOD, PyTypes.SUPER);
            lazy(() -> {
                ExceptionTypes.install();
                ExceptionTypes.installTraceback();
            }, concat(PyTypes.EXCEPTIONS, PyTypes.TRACEBACK));
            lazy(IteratorTypes::install, PyTypes.ITERATOR, PyTypes.LIST_ITERATOR, PyTypes.LIST_REVERSEITERATOR, PyTypes.TUPLE_ITERATOR,
                            PyTypes.STR_ITERATOR, PyTypes.RANGE_ITERATOR, PyTypes.SET_ITERATOR, PyTypes.DICT_KEYITERATOR, PyTypes.DICT_VALUEITERATOR,
                            PyTypes.DICT_ITEMITERATOR, PyTypes.CALLABLE_ITERATOR, PyTypes.ENUMERATE, PyTypes.ZIP, PyTypes.MAP, PyTypes.FILTER,
                            PyTypes.REVERSED, PyTypes.GENERATOR);
            lazy(SysModule::installTypes, SysModule.TEXT_IO);
            lazy(DunderModule::installTypes, PyTypes.SIMPLE_NAMESPACE);
            lazy(ForeignType::install, PyTypes.FOREIGN, PyTypes.FOREIGN_ERROR);
            installed = true;
        }
    }

    /** Runs {@code installer} (once) when any of {@code types} is first looked into. */
    private static void lazy(Runnable installer, PyType... types) {
        boolean[] done = {false};
        Runnable once = () -> {
            synchronized (BuiltinTypes.class) {
                if (!done[0]) {
                    done[0] = true;
                    installer.run();
                }
            }
        };
        for (PyType t : types) {
            t.setPendingMethods(once);
        }
    }

    private static PyType[] concat(PyType[] a, PyType b) {
        PyType[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }
}
