package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaCalls;
import dev.dunder.runtime.lua.model.LuaIndex;
import dev.dunder.runtime.lua.model.LuaMetatables;
import dev.dunder.runtime.lua.model.LuaOperators;

/**
 * The table library (reference manual 6.6). As in Lua 5.4 its functions read and write
 * elements with {@code __index}/{@code __newindex} and take lengths with {@code __len};
 * {@code sort} is Lua's own quicksort, so it calls the comparator in the same order and
 * leaves equal elements where Lua leaves them.
 */
public final class TableLib {
    private static final int TAB_R = 1;
    private static final int TAB_W = 2;
    private static final int TAB_L = 4;
    private static final int TAB_RW = TAB_R | TAB_W;

    private TableLib() {
    }

    public static LuaTable install(LuaContext ctx, LuaTable g) {
        LuaTable table = new LuaTable();
        Library lib = new Library(ctx, table, "table.");
        lib.add("insert", TableLib::insert);
        lib.add("remove", TableLib::remove);
        lib.add("concat", TableLib::concat);
        lib.add("unpack", TableLib::unpack);
        lib.add("pack", TableLib::pack);
        lib.add("move", TableLib::move);
        lib.add("sort", TableLib::sort);
        g.rawSetStr("table", table);
        return table;
    }

    /** ltablib.c's checktab: a table, or a value whose metatable has the fields the operation needs. */
    private static Object checkTable(Object[] args, int i, int what) {
        Object v = Args.get(args, i);
        if (v instanceof LuaTable) {
            return v;
        }
        if (!(v instanceof String) && LuaMetatables.metatableOf(v) != null) {
            boolean ok = ((what & TAB_R) == 0 || LuaMetatables.metamethod(v, "__index") != LuaNil.NIL)
                            && ((what & TAB_W) == 0 || LuaMetatables.metamethod(v, "__newindex") != LuaNil.NIL)
                            && ((what & TAB_L) == 0 || LuaMetatables.metamethod(v, "__len") != LuaNil.NIL);
            if (ok) {
                return v;
            }
        }
        throw Args.typeError(args, i, "table");
    }

    /** luaL_len: {@code #t} with {@code __len}, which must give an integer. */
    static long length(Object t) {
        Object n = LuaOperators.length(t);
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof Double d && d == Math.rint(d)) {
            return d.longValue();
        }
        throw LuaError.withWhere("object length is not an integer");
    }

    private static Object get(Object t, long i) {
        return LuaIndex.index(t, i);
    }

    private static void set(Object t, long i, Object v) {
        LuaIndex.setIndex(t, i, v);
    }

    private static Object insert(Object[] args) {
        Object t = checkTable(args, 1, TAB_RW | TAB_L);
        long e = length(t) + 1;
        long pos;
        switch (args.length - 1) {
            case 2 -> pos = e;
            case 3 -> {
                pos = Args.checkInteger(args, 2);
                if (Long.compareUnsigned(pos - 1, e) >= 0) {
                    throw LuaError.badArgument(2, "position out of bounds");
                }
                for (long i = e; i > pos; i--) {
                    set(t, i, get(t, i - 1));
                }
            }
            default -> throw LuaError.withWhere("wrong number of arguments to 'insert'");
        }
        set(t, pos, args[args.length - 1]);
        return LuaCalls.none();
    }

    private static Object remove(Object[] args) {
        Object t = checkTable(args, 1, TAB_RW | TAB_L);
        long size = length(t);
        long pos = Args.optInteger(args, 2, size);
        if (pos != size && Long.compareUnsigned(pos - 1, size) > 0) {
            throw LuaError.badArgument(1, "position out of bounds");
        }
        Object result = get(t, pos);
        for (; pos < size; pos++) {
            set(t, pos, get(t, pos + 1));
        }
        set(t, pos, LuaNil.NIL);
        return result;
    }

    private static Object concat(Object[] args) {
        Object t = checkTable(args, 1, TAB_R | TAB_L);
        String sep = Args.optString(args, 2, "");
        long i = Args.optInteger(args, 3, 1);
        long last = Args.isNoneOrNil(args, 4) ? length(t) : Args.checkInteger(args, 4);
        StringBuilder b = new StringBuilder();
        for (; i < last; i++) {
            addField(b, t, i);
            b.append(sep);
        }
        if (i == last) {
            addField(b, t, i);
        }
        return b.toString();
    }

    private static void addField(StringBuilder b, Object t, long i) {
        Object v = get(t, i);
        if (v instanceof String || v instanceof Long || v instanceof Double) {
            b.append(LuaMetatables.rawToString(v));
        } else {
            throw LuaError.withWhere("invalid value (" + LuaValues.typeName(v) + ") at index " + i + " in table for 'concat'");
        }
    }

    private static Object unpack(Object[] args) {
        Object t = Args.get(args, 1);
        long i = Args.optInteger(args, 2, 1);
        long e = Args.isNoneOrNil(args, 3) ? length(t) : Args.checkInteger(args, 3);
        if (i > e) {
            return LuaCalls.none();
        }
        long n = e - i;
        if (n < 0 || n >= 1_000_000) {
            throw LuaError.withWhere("too many results to unpack");
        }
        Object[] out = new Object[(int) n + 1];
        for (int k = 0; k <= n; k++) {
            out[k] = get(t, i + k);
        }
        return LuaCalls.results(out);
    }

    private static Object pack(Object[] args) {
        Object[] values = new Object[args.length - 1];
        System.arraycopy(args, 1, values, 0, values.length);
        LuaTable t = new LuaTable(values.length);
        t.setList(1, values, values.length);
        t.rawSetStr("n", (long) values.length);
        return t;
    }

    private static Object move(Object[] args) {
        long f = Args.checkInteger(args, 2);
        long e = Args.checkInteger(args, 3);
        long t = Args.checkInteger(args, 4);
        int tt = Args.isNoneOrNil(args, 5) ? 1 : 5;
        Object src = checkTable(args, 1, TAB_R);
        Object dst = checkTable(args, tt, TAB_W);
        if (e >= f) {
            if (!(f > 0 || e < Long.MAX_VALUE + f)) {
                throw LuaError.badArgument(3, "too many elements to move");
            }
            long n = e - f + 1;
            if (t > Long.MAX_VALUE - n + 1) {
                throw LuaError.badArgument(4, "destination wrap around");
            }
            if (t > e || t <= f || (tt != 1 && !LuaOperators.equal(src, dst))) {
                for (long i = 0; i < n; i++) {
                    set(dst, t + i, get(src, f + i));
                }
            } else {
                for (long i = n - 1; i >= 0; i--) {
                    set(dst, t + i, get(src, f + i));
                }
            }
        }
        return dst;
    }

    // ---- sort: ltablib.c's auxsort ------------------------------------------------------

    private static Object sort(Object[] args) {
        Object t = checkTable(args, 1, TAB_RW | TAB_L);
        long n = length(t);
        if (n > 1) {
            if (n >= Integer.MAX_VALUE) {
                throw LuaError.badArgument(1, "array too big");
            }
            Object comp = Args.get(args, 2);
            if (comp != LuaNil.NIL && !(comp instanceof dev.dunder.runtime.lua.LuaFunction)) {
                throw Args.typeError(args, 2, "function");
            }
            new Sorter(t, comp).auxsort(1, n, 0);
        }
        return LuaCalls.none();
    }

    /** Lua's quicksort, step by step as ltablib.c has it. */
    private static final class Sorter {
        private static final long RANLIMIT = 100;
        private final Object t;
        private final Object comp;

        Sorter(Object t, Object comp) {
            this.t = t;
            this.comp = comp;
        }

        private boolean lessThan(Object a, Object b) {
            if (comp == LuaNil.NIL) {
                return LuaOperators.lessThan(a, b);
            }
            return LuaValues.isTruthy(LuaCalls.first(LuaCalls.call(comp, a, b)));
        }

        private void swap(long i, long j, Object vi, Object vj) {
            set(t, i, vj);
            set(t, j, vi);
        }

        private long choosePivot(long lo, long up, long rnd) {
            long r4 = (up - lo) / 4;
            long p = Long.remainderUnsigned(rnd, r4 * 2) + (lo + r4);
            return p;
        }

        private long partition(long lo, long up, Object pivot) {
            long i = lo;
            long j = up - 1;
            while (true) {
                Object a;
                while (lessThan(a = get(t, ++i), pivot)) {
                    if (i == up - 1) {
                        throw LuaError.withWhere("invalid order function for sorting");
                    }
                }
                Object b;
                while (lessThan(pivot, b = get(t, --j))) {
                    if (j < i) {
                        throw LuaError.withWhere("invalid order function for sorting");
                    }
                }
                if (j < i) {
                    set(t, up - 1, a);
                    set(t, i, pivot);
                    return i;
                }
                swap(i, j, a, b);
            }
        }

        void auxsort(long lo, long up, long rnd) {
            while (lo < up) {
                Object a = get(t, lo);
                Object b = get(t, up);
                if (lessThan(b, a)) {
                    swap(lo, up, a, b);
                }
                if (up - lo == 1) {
                    break;
                }
                long p = up - lo < RANLIMIT || rnd == 0 ? (lo + up) / 2 : choosePivot(lo, up, rnd);
                a = get(t, p);
                b = get(t, lo);
                if (lessThan(a, b)) {
                    swap(p, lo, a, b);
                } else {
                    b = get(t, up);
                    if (lessThan(b, a)) {
                        swap(p, up, a, b);
                    }
                }
                if (up - lo == 2) {
                    break;
                }
                Object pivot = get(t, p);
                Object last = get(t, up - 1);
                set(t, p, last);
                set(t, up - 1, pivot);
                p = partition(lo, up, pivot);
                long n;
                if (p - lo < up - p) {
                    auxsort(lo, p - 1, rnd);
                    n = p - lo;
                    lo = p + 1;
                } else {
                    auxsort(p + 1, up, rnd);
                    n = up - p;
                    up = p - 1;
                }
                if ((up - lo) / 128 > n) {
                    rnd = System.nanoTime() ^ 0x5bd1e995L;
                }
            }
        }
    }
}
