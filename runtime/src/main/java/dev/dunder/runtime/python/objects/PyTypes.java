package dev.dunder.runtime.python.objects;

import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * The builtin classes. They are immutable (as in CPython, {@code int.x = 1} is a
 * TypeError), so one set serves every context of the JVM. Their methods are put
 * into their dicts by {@code dev.dunder.runtime.python.builtins.BuiltinTypes.install()},
 * which the language runs once before the first context starts; this class only
 * creates the class objects and their hierarchy.
 *
 * <p>Bootstrapping: {@code type} is an instance of itself and {@code object} an
 * instance of {@code type}, so the first few objects are made with a placeholder
 * shape and then given their real class.
 */
public final class PyTypes {
    private static final Shape BOOTSTRAP = Shape.newBuilder().layout(PyObject.class, MethodHandles.lookup()).build();
    private static final PyType[] NO_BASES = new PyType[0];

    public static final PyType TYPE;
    public static final PyType OBJECT;
    public static final PyType DICT;

    static {
        TYPE = new PyType(null, "type", NO_BASES, Layout.TYPE, true, new PDict(BOOTSTRAP, new HashDictStorage()));
        OBJECT = new PyType(null, "object", NO_BASES, Layout.OBJECT, true, new PDict(BOOTSTRAP, new HashDictStorage()));
        OBJECT.setMro(new PyType[]{OBJECT});
        TYPE.setBasesDuringBootstrap(new PyType[]{OBJECT});
        DICT = new PyType(null, "dict", new PyType[]{OBJECT}, Layout.DICT, true, new PDict(BOOTSTRAP, new HashDictStorage()));
        DICT.setMro(new PyType[]{DICT, OBJECT});
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (PyType t : new PyType[]{TYPE, OBJECT, DICT}) {
            lib.setDynamicType(t, TYPE);
            lib.setDynamicType(t.getDict(), DICT);
        }
    }

    // ---- values -------------------------------------------------------------------------
    public static final PyType INT = builtin("int", OBJECT, Layout.INT);
    public static final PyType BOOL = builtin("bool", INT, Layout.INT);
    public static final PyType FLOAT = builtin("float", OBJECT, Layout.FLOAT);
    public static final PyType STR = builtin("str", OBJECT, Layout.STR);
    public static final PyType COMPLEX = builtin("complex", OBJECT, Layout.OTHER);
    public static final PyType LIST = builtin("list", OBJECT, Layout.LIST);
    public static final PyType TUPLE = builtin("tuple", OBJECT, Layout.TUPLE);
    public static final PyType SET = builtin("set", OBJECT, Layout.SET);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT, Layout.FROZENSET);
    public static final PyType RANGE = builtin("range", OBJECT, Layout.OTHER);
    public static final PyType SLICE = builtin("slice", OBJECT, Layout.OTHER);
    public static final PyType NONETYPE = builtin("NoneType", OBJECT, Layout.OTHER);
    public static final PyType NOTIMPLEMENTEDTYPE = builtin("NotImplementedType", OBJECT, Layout.OTHER);
    public static final PyType ELLIPSISTYPE = builtin("ellipsis", OBJECT, Layout.OTHER);
    public static final PyType SIMPLE_NAMESPACE = builtin("SimpleNamespace", OBJECT, Layout.OBJECT);
    /** Values from the host or another language that are not Python objects (see interop.ForeignAccess). */
    public static final PyType FOREIGN = builtin("foreign", OBJECT, Layout.OTHER);

    // ---- code and namespaces ---------------------------------------------------------------
    public static final PyType FUNCTION = builtin("function", OBJECT, Layout.OTHER);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT, Layout.OTHER);
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", OBJECT, Layout.OTHER);
    public static final PyType METHOD = builtin("method", OBJECT, Layout.OTHER);
    public static final PyType MODULE = builtin("module", OBJECT, Layout.OBJECT);
    public static final PyType CELL = builtin("cell", OBJECT, Layout.OTHER);
    public static final PyType CODE = builtin("code", OBJECT, Layout.OTHER);
    public static final PyType TRACEBACK = builtin("traceback", OBJECT, Layout.OTHER);
    public static final PyType MAPPINGPROXY = builtin("mappingproxy", OBJECT, Layout.OTHER);
    public static final PyType GENERATOR = builtin("generator", OBJECT, Layout.OTHER);

    // ---- descriptors ---------------------------------------------------------------------
    public static final PyType PROPERTY = builtin("property", OBJECT, Layout.PROPERTY);
    public static final PyType CLASSMETHOD = builtin("classmethod", OBJECT, Layout.CLASSMETHOD);
    public static final PyType STATICMETHOD = builtin("staticmethod", OBJECT, Layout.STATICMETHOD);
    public static final PyType SUPER = builtin("super", OBJECT, Layout.OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = builtin("member_descriptor", OBJECT, Layout.OTHER);
    public static final PyType GETSET_DESCRIPTOR = builtin("getset_descriptor", OBJECT, Layout.OTHER);
    public static final PyType WRAPPER_DESCRIPTOR = builtin("wrapper_descriptor", OBJECT, Layout.OTHER);
    public static final PyType METHOD_WRAPPER = builtin("method-wrapper", OBJECT, Layout.OTHER);
    public static final PyType CLASSMETHOD_DESCRIPTOR = builtin("classmethod_descriptor", OBJECT, Layout.OTHER);

    // ---- iteration -----------------------------------------------------------------------
    public static final PyType ITERATOR = builtin("iterator", OBJECT, Layout.OTHER);
    public static final PyType LIST_ITERATOR = builtin("list_iterator", OBJECT, Layout.OTHER);
    public static final PyType LIST_REVERSEITERATOR = builtin("list_reverseiterator", OBJECT, Layout.OTHER);
    public static final PyType TUPLE_ITERATOR = builtin("tuple_iterator", OBJECT, Layout.OTHER);
    public static final PyType STR_ITERATOR = builtin("str_ascii_iterator", OBJECT, Layout.OTHER);
    public static final PyType RANGE_ITERATOR = builtin("range_iterator", OBJECT, Layout.OTHER);
    public static final PyType SET_ITERATOR = builtin("set_iterator", OBJECT, Layout.OTHER);
    public static final PyType DICT_KEYITERATOR = builtin("dict_keyiterator", OBJECT, Layout.OTHER);
    public static final PyType DICT_VALUEITERATOR = builtin("dict_valueiterator", OBJECT, Layout.OTHER);
    public static final PyType DICT_ITEMITERATOR = builtin("dict_itemiterator", OBJECT, Layout.OTHER);
    public static final PyType DICT_KEYS = builtin("dict_keys", OBJECT, Layout.OTHER);
    public static final PyType DICT_VALUES = builtin("dict_values", OBJECT, Layout.OTHER);
    public static final PyType DICT_ITEMS = builtin("dict_items", OBJECT, Layout.OTHER);
    public static final PyType CALLABLE_ITERATOR = builtin("callable_iterator", OBJECT, Layout.OTHER);
    public static final PyType ENUMERATE = builtin("enumerate", OBJECT, Layout.OBJECT);
    public static final PyType ZIP = builtin("zip", OBJECT, Layout.OBJECT);
    public static final PyType MAP = builtin("map", OBJECT, Layout.OBJECT);
    public static final PyType FILTER = builtin("filter", OBJECT, Layout.OBJECT);
    public static final PyType REVERSED = builtin("reversed", OBJECT, Layout.OBJECT);

    // ---- exceptions ----------------------------------------------------------------------
    public static final PyType BASE_EXCEPTION = builtin("BaseException", OBJECT, Layout.EXCEPTION);
    public static final PyType EXCEPTION = builtin("Exception", BASE_EXCEPTION, Layout.EXCEPTION);
    public static final PyType SYSTEM_EXIT = builtin("SystemExit", BASE_EXCEPTION, Layout.EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = builtin("KeyboardInterrupt", BASE_EXCEPTION, Layout.EXCEPTION);
    public static final PyType GENERATOR_EXIT = builtin("GeneratorExit", BASE_EXCEPTION, Layout.EXCEPTION);
    public static final PyType STOP_ITERATION = builtin("StopIteration", EXCEPTION, Layout.EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = builtin("ArithmeticError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = builtin("ZeroDivisionError", ARITHMETIC_ERROR, Layout.EXCEPTION);
    public static final PyType OVERFLOW_ERROR = builtin("OverflowError", ARITHMETIC_ERROR, Layout.EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = builtin("FloatingPointError", ARITHMETIC_ERROR, Layout.EXCEPTION);
    public static final PyType ASSERTION_ERROR = builtin("AssertionError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = builtin("AttributeError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType IMPORT_ERROR = builtin("ImportError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = builtin("ModuleNotFoundError", IMPORT_ERROR, Layout.EXCEPTION);
    public static final PyType LOOKUP_ERROR = builtin("LookupError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType INDEX_ERROR = builtin("IndexError", LOOKUP_ERROR, Layout.EXCEPTION);
    public static final PyType KEY_ERROR = builtin("KeyError", LOOKUP_ERROR, Layout.EXCEPTION);
    public static final PyType NAME_ERROR = builtin("NameError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = builtin("UnboundLocalError", NAME_ERROR, Layout.EXCEPTION);
    public static final PyType OS_ERROR = builtin("OSError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType RUNTIME_ERROR = builtin("RuntimeError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType RECURSION_ERROR = builtin("RecursionError", RUNTIME_ERROR, Layout.EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = builtin("NotImplementedError", RUNTIME_ERROR, Layout.EXCEPTION);
    public static final PyType SYNTAX_ERROR = builtin("SyntaxError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType INDENTATION_ERROR = builtin("IndentationError", SYNTAX_ERROR, Layout.EXCEPTION);
    public static final PyType TAB_ERROR = builtin("TabError", INDENTATION_ERROR, Layout.EXCEPTION);
    public static final PyType TYPE_ERROR = builtin("TypeError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType VALUE_ERROR = builtin("ValueError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType UNICODE_ERROR = builtin("UnicodeError", VALUE_ERROR, Layout.EXCEPTION);
    public static final PyType EOF_ERROR = builtin("EOFError", EXCEPTION, Layout.EXCEPTION);
    public static final PyType WARNING = builtin("Warning", EXCEPTION, Layout.EXCEPTION);
    public static final PyType USER_WARNING = builtin("UserWarning", WARNING, Layout.EXCEPTION);
    public static final PyType DEPRECATION_WARNING = builtin("DeprecationWarning", WARNING, Layout.EXCEPTION);
    public static final PyType RUNTIME_WARNING = builtin("RuntimeWarning", WARNING, Layout.EXCEPTION);
    /** An exception thrown by the host or another language into Python code ({@code polyglot.ForeignError}). */
    public static final PyType FOREIGN_ERROR = builtin("ForeignError", EXCEPTION, Layout.EXCEPTION);

    /** Every builtin exception class, for the builtins module. */
    public static final PyType[] EXCEPTIONS = {
        BASE_EXCEPTION, EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, STOP_ITERATION,
        ARITHMETIC_ERROR, ZERO_DIVISION_ERROR, OVERFLOW_ERROR, FLOATING_POINT_ERROR, ASSERTION_ERROR,
        ATTRIBUTE_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR,
        NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR, RUNTIME_ERROR, RECURSION_ERROR, NOT_IMPLEMENTED_ERROR,
        SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, EOF_ERROR,
        WARNING, USER_WARNING, DEPRECATION_WARNING, RUNTIME_WARNING,
    };

    private PyTypes() {
    }

    static Shape bootstrapShape() {
        return BOOTSTRAP;
    }

    private static PyType builtin(String name, PyType base, Layout layout) {
        PyType t = new PyType(TYPE, name, new PyType[]{base}, layout, true, new PDict());
        PyType[] baseMro = base.getMro();
        PyType[] mro = new PyType[baseMro.length + 1];
        mro[0] = t;
        System.arraycopy(baseMro, 0, mro, 1, baseMro.length);
        t.setMro(mro);
        return t;
    }

    /** {@code type(value)} for any Python value, boxed or not. */
    public static PyType typeOf(Object value) {
        if (value instanceof PyObject o) {
            return o.getPyClass();
        } else if (value instanceof Long || value instanceof java.math.BigInteger) {
            return INT;
        } else if (value instanceof String) {
            return STR;
        } else if (value instanceof Boolean) {
            return BOOL;
        } else if (value instanceof Double) {
            return FLOAT;
        } else if (value instanceof Integer) {
            return INT;
        }
        return FOREIGN;
    }
}
