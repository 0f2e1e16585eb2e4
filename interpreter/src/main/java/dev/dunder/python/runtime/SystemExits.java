package dev.dunder.python.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.ops.PyNumbers;
import dev.dunder.runtime.python.ops.PyStr;

/** What an uncaught SystemExit means for the process (CPython's handle_system_exit). */
final class SystemExits {
    private SystemExits() {
    }

    /** None exits 0, an int exits with it, anything else is printed to stderr and exits 1. */
    @TruffleBoundary
    static int exitCode(PythonContext ctx, PBaseException e) {
        Object code = AttributeLookup.getAttribute(e, "code");
        if (code == PNone.NONE) {
            return 0;
        }
        if (PyNumbers.isInt(code)) {
            return (int) (PyNumbers.toBig(code).longValue() & 0xff);
        }
        ctx.writeErr(PyStr.str(code) + "\n");
        return 1;
    }
}
