package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.model.IndexResolution;

/**
 * The lookup verifier ({@code --dunder-lua.VerifyLookups=true}): every index operation the
 * cached nodes perform is compared with the outcome of the readable reference path
 * ({@link IndexResolution}), and a disagreement stops the program with an internal error.
 * The test suite runs the whole Lua corpus this way. Nodes read the option once, when they
 * are created, into a final field, so with the option off the check is not even compiled.
 */
final class LookupVerifier {
    private LookupVerifier() {
    }

    /** Whether the current context verifies lookups (false outside a context). */
    static boolean enabled() {
        try {
            LuaContext ctx = LuaContext.get();
            return ctx != null && ctx.isVerifyLookups();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Before a cached plan runs: the plan must do what the reference path says the lookup comes to. */
    @TruffleBoundary
    static void checkPlan(IndexPlan plan, Object receiver, String name) {
        IndexResolution reference = IndexResolution.of(receiver, name);
        if (!plan.agreesWith(reference, receiver, name)) {
            throw disagreement("cached plan " + plan.getClass().getSimpleName(), receiver, name, reference);
        }
    }

    /** A fast path's raw read (a present value, or nil from a table without a metatable). */
    @TruffleBoundary
    static void checkRaw(Object receiver, Object key, Object value) {
        IndexResolution reference = IndexResolution.of(receiver, key);
        boolean agrees = value == LuaNil.NIL ? reference.kind() == IndexResolution.Kind.NIL
                        : reference.kind() == IndexResolution.Kind.VALUE && same(reference.value(), value);
        if (!agrees) {
            throw disagreement("raw read", receiver, key, reference);
        }
    }

    /** The outcome the reference path predicts before the generic lookup runs (null when running it is the only way to know). */
    @TruffleBoundary
    static IndexResolution predict(Object receiver, Object key) {
        IndexResolution reference = IndexResolution.of(receiver, key);
        return reference.kind() == IndexResolution.Kind.VALUE || reference.kind() == IndexResolution.Kind.NIL ? reference : null;
    }

    /** After the generic lookup: its value must be the predicted one. */
    @TruffleBoundary
    static void checkResult(IndexResolution predicted, Object receiver, Object key, Object value) {
        if (predicted != null && !same(predicted.value(), value)) {
            throw disagreement("generic lookup", receiver, key, predicted);
        }
    }

    /** A cached raw store: the reference path must also write this key raw into this table. */
    @TruffleBoundary
    static void checkRawStore(dev.dunder.runtime.lua.LuaTable table, Object key) {
        if (!IndexResolution.writesRaw(table, key)) {
            throw new IllegalStateException("cached raw store of " + key + " on " + table + " disagrees with the reference path (__newindex applies)");
        }
    }

    static boolean same(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }

    private static IllegalStateException disagreement(String what, Object receiver, Object key, IndexResolution reference) {
        return new IllegalStateException(what + " of " + key + " on " + receiver + " disagrees with the reference lookup (" + reference.kind() + ")");
    }
}
