package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.method;
import static dev.dunder.runtime.python.builtins.Def.staticMethod;

import java.util.ArrayList;
import java.util.List;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PSequenceIterator;
import dev.dunder.runtime.python.objects.PSlice;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.BuiltinCompare;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PercentFormat;
import dev.dunder.runtime.python.ops.PyCompare.Op;
import dev.dunder.runtime.python.ops.PyFormat;
import dev.dunder.runtime.python.ops.PyHash;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PySequences;
import dev.dunder.runtime.python.ops.PyStr;
import dev.dunder.runtime.python.ops.StrFormat;

/** {@code str}: the constructor, operators and the common methods, with CPython's edge cases. */
final class StrType {
    private StrType() {
    }

    static String s(Object o) {
        return (String) Convert.unbox(o);
    }

    static void install() {
        PyType t = PyTypes.STR;
        constructor(t, "cls, object='', /", a -> NumberTypes.box((PyType) a[0], PyStr.str(a[1]), PyTypes.STR));
        method(t, "__len__", "self, /", a -> (long) s(a[0]).codePointCount(0, s(a[0]).length()));
        method(t, "__getitem__", "self, key, /", a -> getItem(s(a[0]), a[1]));
        method(t, "__contains__", "self, key, /", a -> {
            if (!Convert.isStr(a[1])) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not %s", PyErrors.typeName(a[1]));
            }
            return s(a[0]).contains(StrOps.arg(a[1]));
        });
        method(t, "__iter__", "self, /", a -> new PSequenceIterator(PyTypes.STR_ITERATOR.getInstanceShape(), s(a[0]), false));
        method(t, "__add__", "self, other, /", a -> {
            if (!Convert.isStr(a[1])) {
                throw PyErrors.typeError("can only concatenate str (not \"%s\") to str", PyErrors.typeName(a[1]));
            }
            return s(a[0]) + StrOps.arg(a[1]);
        });
        method(t, "__mul__", "self, n, /", a -> ListType.canRepeat(a[1]) ? repeat(s(a[0]), a[1]) : PNotImplemented.INSTANCE);
        method(t, "__rmul__", "self, n, /", a -> ListType.canRepeat(a[1]) ? repeat(s(a[0]), a[1]) : PNotImplemented.INSTANCE);
        method(t, "__mod__", "self, args, /", a -> PercentFormat.format(s(a[0]), a[1]));
        for (Op op : Op.values()) {
            method(t, "__" + op.name().toLowerCase() + "__", "self, other, /", a -> Convert.isStr(a[1])
                            ? (Object) BuiltinCompare.test(BuiltinCompare.compareStrings(s(a[0]), StrOps.arg(a[1])), op)
                            : PNotImplemented.INSTANCE);
        }
        method(t, "__hash__", "self, /", a -> PyHash.hash(s(a[0])));
        method(t, "__repr__", "self, /", a -> PyStr.reprString(s(a[0])));
        method(t, "__str__", "self, /", a -> s(a[0]));
        method(t, "__format__", "self, format_spec, /", a -> {
            String spec = Convert.str(a[1], "format_spec");
            return spec.isEmpty() ? PyStr.str(a[0]) : PyFormat.formatStr(s(a[0]), spec);
        });
        method(t, "__getnewargs__", "self, /", a -> PTuple.of(s(a[0])));

        method(t, "upper", "self, /", a -> s(a[0]).toUpperCase());
        method(t, "lower", "self, /", a -> s(a[0]).toLowerCase());
        method(t, "casefold", "self, /", a -> s(a[0]).toUpperCase().toLowerCase());
        method(t, "swapcase", "self, /", a -> swapcase(s(a[0])));
        method(t, "capitalize", "self, /", a -> {
            String x = s(a[0]);
            return x.isEmpty() ? x : x.substring(0, 1).toUpperCase() + x.substring(1).toLowerCase();
        });
        method(t, "title", "self, /", a -> title(s(a[0])));
        method(t, "strip", "self, chars=None, /", a -> StrOps.strip(s(a[0]), a[1], true, true));
        method(t, "lstrip", "self, chars=None, /", a -> StrOps.strip(s(a[0]), a[1], true, false));
        method(t, "rstrip", "self, chars=None, /", a -> StrOps.strip(s(a[0]), a[1], false, true));
        method(t, "split", "self, /, sep=None, maxsplit=-1", a -> new PList(StrOps.split(s(a[0]), a[1], Convert.longValue(a[2])).toArray()));
        method(t, "rsplit", "self, /, sep=None, maxsplit=-1", a -> new PList(StrOps.rsplit(s(a[0]), a[1], Convert.longValue(a[2])).toArray()));
        method(t, "splitlines", "self, /, keepends=False", a -> new PList(StrOps.splitlines(s(a[0]), dev.dunder.runtime.python.ops.PyTruth.isTrue(a[1])).toArray()));
        method(t, "join", "self, iterable, /", a -> join(s(a[0]), a[1]));
        method(t, "startswith", "self, prefix, start=None, end=None, /", a -> StrOps.affix(s(a[0]), a[1], a[2], a[3], true));
        method(t, "endswith", "self, suffix, start=None, end=None, /", a -> StrOps.affix(s(a[0]), a[1], a[2], a[3], false));
        method(t, "find", "self, sub, start=None, end=None, /", a -> StrOps.find(s(a[0]), StrOps.arg(a[1]), a[2], a[3], false));
        method(t, "rfind", "self, sub, start=None, end=None, /", a -> StrOps.find(s(a[0]), StrOps.arg(a[1]), a[2], a[3], true));
        method(t, "index", "self, sub, start=None, end=None, /", a -> found(StrOps.find(s(a[0]), StrOps.arg(a[1]), a[2], a[3], false)));
        method(t, "rindex", "self, sub, start=None, end=None, /", a -> found(StrOps.find(s(a[0]), StrOps.arg(a[1]), a[2], a[3], true)));
        method(t, "count", "self, sub, start=None, end=None, /", a -> StrOps.count(s(a[0]), StrOps.arg(a[1]), a[2], a[3]));
        method(t, "replace", "self, old, new, count=-1, /", a -> StrOps.replace(s(a[0]), Convert.str(a[1], "replace() argument 1"), Convert.str(a[2], "replace() argument 2"), Convert.longValue(a[3])));
        method(t, "partition", "self, sep, /", a -> StrOps.partition(s(a[0]), StrOps.arg(a[1]), false));
        method(t, "rpartition", "self, sep, /", a -> StrOps.partition(s(a[0]), StrOps.arg(a[1]), true));
        method(t, "center", "self, width, fillchar=' ', /", a -> StrOps.center(s(a[0]), Convert.intValue(a[1]), fill(a[2])));
        method(t, "ljust", "self, width, fillchar=' ', /", a -> StrOps.just(s(a[0]), Convert.intValue(a[1]), fill(a[2]), true));
        method(t, "rjust", "self, width, fillchar=' ', /", a -> StrOps.just(s(a[0]), Convert.intValue(a[1]), fill(a[2]), false));
        method(t, "zfill", "self, width, /", a -> StrOps.zfill(s(a[0]), Convert.intValue(a[1])));
        method(t, "expandtabs", "self, /, tabsize=8", a -> StrOps.expandtabs(s(a[0]), Convert.intValue(a[1])));
        method(t, "removeprefix", "self, prefix, /", a -> s(a[0]).startsWith(StrOps.arg(a[1])) ? s(a[0]).substring(StrOps.arg(a[1]).length()) : s(a[0]));
        method(t, "removesuffix", "self, suffix, /", a -> !StrOps.arg(a[1]).isEmpty() && s(a[0]).endsWith(StrOps.arg(a[1])) ? s(a[0]).substring(0, s(a[0]).length() - StrOps.arg(a[1]).length()) : s(a[0]));
        method(t, "format", "self, /, *args, **kwargs", a -> StrFormat.format(s(a[0]), (PTuple) a[1], (PDict) a[2]));
        method(t, "format_map", "self, mapping, /", a -> StrFormat.formatMap(s(a[0]), a[1]));
        method(t, "isdigit", "self, /", a -> StrOps.all(s(a[0]), StrOps::isDigit));
        method(t, "isdecimal", "self, /", a -> StrOps.all(s(a[0]), c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER));
        method(t, "isnumeric", "self, /", a -> StrOps.all(s(a[0]), StrOps::isNumeric));
        method(t, "isalpha", "self, /", a -> StrOps.all(s(a[0]), Character::isLetter));
        method(t, "isalnum", "self, /", a -> StrOps.all(s(a[0]), c -> Character.isLetter(c) || StrOps.isNumeric(c)));
        method(t, "isspace", "self, /", a -> StrOps.all(s(a[0]), StrOps::isSpace));
        method(t, "isascii", "self, /", a -> s(a[0]).chars().allMatch(c -> c < 128));
        method(t, "isprintable", "self, /", a -> s(a[0]).codePoints().allMatch(PyStr::isPrintable));
        method(t, "isidentifier", "self, /", a -> StrOps.isIdentifier(s(a[0])));
        method(t, "isupper", "self, /", a -> StrOps.cased(s(a[0]), true));
        method(t, "islower", "self, /", a -> StrOps.cased(s(a[0]), false));
        method(t, "istitle", "self, /", a -> StrOps.isTitle(s(a[0])));
        staticMethod(t, "maketrans", "x, y=?, z=?, /", a -> StrOps.maketrans(a[0], a[1], a[2]));
        method(t, "translate", "self, table, /", a -> StrOps.translate(s(a[0]), a[1]));
        method(t, "encode", "self, /, encoding='utf-8', errors='strict'", a -> {
            throw PyErrors.raise(PyTypes.NOT_IMPLEMENTED_ERROR, "bytes are not supported by Dunder yet (str.encode)");
        });
    }

    private static String fill(Object o) {
        String f = Convert.str(o, "The fill character");
        if (f.codePointCount(0, f.length()) != 1) {
            throw PyErrors.typeError("The fill character must be exactly one character long");
        }
        return f;
    }

    private static Object found(long i) {
        if (i < 0) {
            throw PyErrors.valueError("substring not found");
        }
        return i;
    }

    static Object repeat(String s, Object n) {
        long count = Convert.longValue(n);
        if (count <= 0 || s.isEmpty()) {
            return "";
        }
        if ((long) s.length() * count > Integer.MAX_VALUE - 16) {
            throw PyErrors.raise(PyTypes.OVERFLOW_ERROR, "repeated string is too long");
        }
        return s.repeat((int) count);
    }

    static Object getItem(String s, Object key) {
        if (key instanceof PSlice slice) {
            int[] cps = s.codePoints().toArray();
            long[] idx = PySequences.sliceIndices(slice, cps.length);
            StringBuilder sb = new StringBuilder();
            for (long k = 0, i = idx[0]; k < idx[3]; k++, i += idx[2]) {
                sb.appendCodePoint(cps[(int) i]);
            }
            return sb.toString();
        }
        long i = PySequences.asIndex(key, "string");
        int len = s.codePointCount(0, s.length());
        long j = PySequences.normalizeIndex(i, len);
        if (j < 0) {
            throw PyErrors.indexError("string index out of range");
        }
        if (len == s.length()) {
            return String.valueOf(s.charAt((int) j));
        }
        int off = s.offsetByCodePoints(0, (int) j);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    private static String join(String sep, Object iterable) {
        Object[] items = PyIter.toArray(iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            Object v = Convert.unbox(items[i]);
            if (!(v instanceof String str)) {
                throw PyErrors.typeError("sequence item %d: expected str instance, %s found", i, PyErrors.typeName(items[i]));
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(str);
        }
        return sb.toString();
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.isLowerCase(c) ? Character.toUpperCase(c) : c));
        return sb.toString();
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (prevCased) {
                sb.appendCodePoint(Character.toLowerCase(c));
            } else {
                sb.appendCodePoint(Character.toTitleCase(c));
            }
            prevCased = Character.isLetter(c) && (Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c));
        }
        return sb.toString();
    }

    static List<Object> list(String... items) {
        return new ArrayList<>(List.of((Object[]) items));
    }

    static Object none() {
        return PNone.NONE;
    }
}
