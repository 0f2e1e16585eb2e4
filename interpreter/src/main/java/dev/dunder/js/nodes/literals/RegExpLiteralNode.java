package dev.dunder.js.nodes.literals;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.builtins.RegExpBuiltins;

/** {@code /pattern/flags}: a new RegExp object on each evaluation. */
public final class RegExpLiteralNode extends ExpressionNode {
    private final String pattern;
    private final String flags;

    public RegExpLiteralNode(String pattern, String flags) {
        this.pattern = pattern;
        this.flags = flags;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return RegExpBuiltins.create(JsLanguage.realm(this), pattern, flags);
    }
}
