package dev.dunder.js.nodes.patterns;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.vars.GlobalAccess;

/** A name declared at the top level of a REPL input: it becomes a global that later inputs see. */
public final class InteractiveDeclarationTargetNode extends BindingTargetNode {
    private final String name;
    private final GlobalAccess.DeclarationKind kind;

    public InteractiveDeclarationTargetNode(String name, GlobalAccess.DeclarationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    @Override
    public void execute(VirtualFrame frame, Object value) {
        GlobalAccess.declareInteractive(JsLanguage.realm(this), name, kind, value);
    }
}
