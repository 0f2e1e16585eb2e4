package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaBuiltin;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaCoroutine;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.LuaCalls;

/** The coroutine library (reference manual 6.2), on {@link LuaCoroutine}s. */
public final class CoroutineLib {
    private CoroutineLib() {
    }

    public static LuaTable install(LuaContext ctx, LuaTable g) {
        LuaTable co = new LuaTable();
        Library lib = new Library(ctx, co, "coroutine.");
        lib.add("create", args -> create(ctx, Args.checkFunction(args, 1)));
        lib.add("resume", args -> {
            LuaCoroutine c = check(args, 1);
            Object[] rest = rest(args, 2);
            if (c.getStatus() == LuaCoroutine.Status.DEAD) {
                return new Object[]{Boolean.FALSE, "cannot resume dead coroutine"};
            }
            if (c.getStatus() != LuaCoroutine.Status.SUSPENDED) {
                return new Object[]{Boolean.FALSE, "cannot resume non-suspended coroutine"};
            }
            try {
                Object[] r = c.resume(ctx, rest);
                Object[] out = new Object[r.length + 1];
                out[0] = Boolean.TRUE;
                System.arraycopy(r, 0, out, 1, r.length);
                return out;
            } catch (LuaError e) {
                return new Object[]{Boolean.FALSE, e.getValue()};
            }
        });
        lib.add("yield", args -> {
            LuaCoroutine c = ctx.getCurrentCoroutine();
            if (c.isMain()) {
                throw LuaError.withWhere("attempt to yield from outside a coroutine");
            }
            return LuaCalls.results(c.yield(rest(args, 1)));
        });
        lib.add("status", args -> {
            LuaCoroutine c = check(args, 1);
            return c == ctx.getCurrentCoroutine() ? "running" : c.getStatus().luaName;
        });
        lib.add("running", args -> new Object[]{ctx.getCurrentCoroutine(), ctx.getCurrentCoroutine().isMain()});
        lib.add("isyieldable", args -> {
            LuaCoroutine c = Args.isNone(args, 1) ? ctx.getCurrentCoroutine() : check(args, 1);
            return !c.isMain();
        });
        lib.add("wrap", args -> {
            LuaCoroutine c = create(ctx, Args.checkFunction(args, 1));
            return new LuaBuiltin(ctx.getLanguage(), "wrap", a -> {
                if (c.getStatus() == LuaCoroutine.Status.DEAD) {
                    throw LuaError.withWhere("cannot resume dead coroutine");
                }
                if (c.getStatus() != LuaCoroutine.Status.SUSPENDED) {
                    throw LuaError.withWhere("cannot resume non-suspended coroutine");
                }
                try {
                    return LuaCalls.results(c.resume(ctx, rest(a, 1)));
                } catch (LuaError e) {
                    Object v = e.getValue();
                    if (v instanceof String s) {
                        // lua's auxwrap: a string error gets the wrapper's caller's position too
                        throw LuaError.withWhere(s);
                    }
                    throw e;
                }
            });
        });
        lib.add("close", args -> {
            LuaCoroutine c = check(args, 1);
            switch (c.getStatus()) {
                case SUSPENDED -> {
                    Object error = c.close(ctx);
                    return error == null ? Boolean.TRUE : new Object[]{Boolean.FALSE, error};
                }
                case DEAD -> {
                    Object error = c.getDeathError();
                    return error == null ? Boolean.TRUE : new Object[]{Boolean.FALSE, error};
                }
                default -> throw LuaError.badArgument(1, "cannot close a " + (c == ctx.getCurrentCoroutine() ? "running" : "normal") + " coroutine");
            }
        });
        g.rawSetStr("coroutine", co);
        return co;
    }

    private static LuaCoroutine create(LuaContext ctx, LuaFunction f) {
        LuaCoroutine c = LuaCoroutine.create(f);
        ctx.registerCoroutine(c);
        return c;
    }

    private static LuaCoroutine check(Object[] args, int i) {
        if (i < args.length && args[i] instanceof LuaCoroutine c) {
            return c;
        }
        throw Args.typeError(args, i, "thread");
    }

    private static Object[] rest(Object[] args, int from) {
        if (from >= args.length) {
            return new Object[0];
        }
        Object[] out = new Object[args.length - from];
        System.arraycopy(args, from, out, 0, out.length);
        return out;
    }
}
