package dev.dunder.js.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.vars.GlobalAccess;

/** Stores into an undeclared name: a global property (ReferenceError in strict code if absent). */
public final class GlobalTargetNode extends BindingTargetNode {
    private final String name;
    private final boolean strict;
    private final int pos;

    public GlobalTargetNode(String name, boolean strict, int pos) {
        this.name = name;
        this.strict = strict;
        this.pos = pos;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        GlobalAccess.write(JsLanguage.realm(this), name, value, strict, this, pos);
    }
}
