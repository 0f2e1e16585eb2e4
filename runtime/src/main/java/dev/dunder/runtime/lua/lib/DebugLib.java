package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;

/** The debug library's {@code traceback}, the one function of it ordinary programs use. */
public final class DebugLib {
    private DebugLib() {
    }

    public static LuaTable install(LuaContext ctx, LuaTable g) {
        LuaTable debug = new LuaTable();
        Library lib = new Library(ctx, debug, "debug.");
        lib.add("traceback", args -> {
            Object msg = Args.get(args, 1);
            if (msg != LuaNil.NIL && !(msg instanceof String) && !(msg instanceof Long) && !(msg instanceof Double)) {
                return msg;
            }
            long level = Args.optInteger(args, 2, 1);
            String trace = ctx.getInterpreter().traceback((int) level);
            return msg == LuaNil.NIL ? trace : dev.dunder.runtime.lua.model.LuaMetatables.rawToString(msg) + "\n" + trace;
        });
        g.rawSetStr("debug", debug);
        return debug;
    }
}
