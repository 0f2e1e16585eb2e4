package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.LuaCalls;
import dev.dunder.runtime.lua.teaching.LuaCompletion;
import dev.dunder.runtime.lua.teaching.LuaDiagram;
import dev.dunder.runtime.lua.teaching.LuaExplanation;
import dev.dunder.runtime.lua.teaching.LuaHelp;

/**
 * {@code require("_dunder")}: the teaching helpers the REPL's {@code :explain},
 * {@code :draw}, {@code :chain}, {@code :doc} and Tab completion call, usable from scripts
 * too ({@code require("_dunder").explain(obj, "bark")} prints what {@code :explain} does).
 * It is a built-in module: nothing of it is in {@code _G} or {@code package.loaded} until a
 * program requires it, so programs that walk the global table see Lua's usual globals.
 * Each {@code *_text} function returns its text; the others print it.
 */
public final class DunderLib {
    public static final String NAME = "_dunder";

    private DunderLib() {
    }

    public static LuaTable create(LuaContext ctx) {
        Library lib = new Library(ctx, new LuaTable(), NAME + ".");
        lib.add("explain_text", args -> explain(args));
        lib.add("draw_text", args -> draw(args));
        lib.add("chain_text", args -> LuaExplanation.chain(Args.checkAny(args, 1), label(args, 2)));
        lib.add("help_text", args -> LuaHelp.text(Args.checkAny(args, 1), label(args, 2)));
        lib.add("completions", args -> LuaStrings.fromJava(String.join("\n", LuaCompletion.candidates(LuaStrings.toJava(Args.checkString(args, 1))))));
        lib.add("explain", args -> print(ctx, explain(args)));
        lib.add("draw", args -> print(ctx, draw(args)));
        lib.add("chain", args -> print(ctx, LuaExplanation.chain(Args.checkAny(args, 1), label(args, 2))));
        lib.add("help", args -> print(ctx, LuaHelp.text(Args.checkAny(args, 1), label(args, 2))));
        return lib.table();
    }

    private static String explain(Object[] args) {
        Object obj = Args.checkAny(args, 1);
        Object key = Args.checkAny(args, 2);
        return LuaExplanation.explain(obj, key, Args.isNoneOrNil(args, 3) ? "obj" : LuaStrings.toJava(Args.checkString(args, 3)));
    }

    private static String draw(Object[] args) {
        Object obj = Args.checkAny(args, 1);
        String format = Args.optString(args, 2, "box");
        String label = Args.isNoneOrNil(args, 3) ? "obj" : LuaStrings.toJava(Args.checkString(args, 3));
        try {
            return LuaStrings.fromJava(LuaDiagram.of(obj, label).render(format));
        } catch (IllegalArgumentException e) {
            throw LuaError.badArgument(2, e.getMessage());
        }
    }

    /** The optional label argument: the expression the value came from, or null to name it by its global. */
    private static String label(Object[] args, int i) {
        return Args.isNoneOrNil(args, i) ? null : LuaStrings.toJava(Args.checkString(args, i));
    }

    private static Object print(LuaContext ctx, String text) {
        ctx.write(text);
        return LuaCalls.none();
    }
}
