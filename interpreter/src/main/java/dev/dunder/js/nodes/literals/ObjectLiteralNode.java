package dev.dunder.js.nodes.literals;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.objects.JSObject;

/** {@code {a: 1, [k]: v, m() {}, get g() {}, ...o}}: a new object, members defined in order. */
public final class ObjectLiteralNode extends ExpressionNode {
    @Children private final ObjectMemberNode[] members;

    public ObjectLiteralNode(ObjectMemberNode[] members) {
        this.members = members;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        JSObject obj = JsLanguage.realm(this).newObject();
        for (ObjectMemberNode m : members) {
            m.execute(frame, obj);
        }
        return obj;
    }
}
