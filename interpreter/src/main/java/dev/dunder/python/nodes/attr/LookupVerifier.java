package dev.dunder.python.nodes.attr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.AttributeResolution;
import dev.dunder.runtime.python.objects.PyType;

/**
 * The lookup verifier ({@code --dunder-python.VerifyLookups=true}): every cached attribute
 * read is compared with the readable reference path before it runs, and a disagreement
 * stops the program with an internal error. The test suite runs the whole Python corpus
 * this way, so each scenario proves the cached nodes and the reference lookup agree.
 */
final class LookupVerifier {
    private LookupVerifier() {
    }

    @TruffleBoundary
    static void check(AttributeReadPlan plan, Object receiver, String name) {
        AttributeResolution reference = AttributeResolution.ofInstance(receiver, name);
        if (!plan.agreesWith(reference, receiver)) {
            throw new IllegalStateException("cached lookup of '" + name + "' (" + plan.getClass().getSimpleName()
                            + ") disagrees with the reference lookup: " + reference.kind() + " " + reference.steps());
        }
    }

    @TruffleBoundary
    static void check(ClassAttribute cached, PyType cls, String name) {
        if (!cached.isConstant()) {
            return; // the reference path itself runs
        }
        Object reference = AttributeLookup.typeGetAttribute(cls, name);
        if (reference != cached.get(cls, name)) {
            throw new IllegalStateException("cached class attribute '" + name + "' of " + cls.getName() + " disagrees with type.__getattribute__");
        }
    }
}
