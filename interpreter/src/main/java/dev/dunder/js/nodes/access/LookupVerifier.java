package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.model.PropertyResolution;
import dev.dunder.runtime.js.objects.JSObject;

/**
 * The lookup verifier ({@code --dunder-js.VerifyLookups=true}): before a cached property
 * read runs, its plan is compared with the readable reference path
 * ({@link PropertyResolution}), and a disagreement stops the program with an internal
 * error. Getters and proxy traps are not called twice: the check compares which property
 * on which object the two paths found. The test suite runs the whole JS corpus this way.
 */
final class LookupVerifier {
    private LookupVerifier() {
    }

    @TruffleBoundary
    static void check(GetPlan plan, JSObject holder, Object receiver, Object key) {
        PropertyResolution reference = PropertyResolution.of(holder, key, "receiver");
        if (!plan.agreesWith(reference, holder)) {
            throw new IllegalStateException("cached lookup of '" + key + "' (" + plan.getClass().getSimpleName() + ") disagrees with the reference [[Get]]: "
                            + reference.kind() + " " + reference.steps());
        }
    }
}
