package dev.dunder.runtime.lua.teaching;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/** How the teaching helpers show a foreign object: its language's own display string, without side effects. */
final class ForeignText {
    private ForeignText() {
    }

    static String describe(Object v) {
        InteropLibrary lib = InteropLibrary.getUncached(v);
        try {
            return "userdata (" + lib.asString(lib.toDisplayString(v, false)) + ")";
        } catch (UnsupportedMessageException | RuntimeException e) {
            return "userdata";
        }
    }
}
