package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.object.Shape;

/**
 * An unmapped arguments object (§10.4.4.6): an ordinary object with the arguments
 * as index properties, a non-enumerable {@code length}, and the builtin tag
 * "Arguments". (Sloppy-mode parameter aliasing is not reproduced.)
 */
public final class JSArgumentsObject extends JSObject {
    public JSArgumentsObject(Shape shape) {
        super(shape);
    }

    @Override
    public String getBuiltinTag() {
        return "Arguments";
    }
}
