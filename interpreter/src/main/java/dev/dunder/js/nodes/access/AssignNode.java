package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.patterns.BindingTargetNode;
import dev.dunder.js.nodes.vars.GlobalAccess;
import dev.dunder.js.nodes.vars.WriteVariableNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.PrivateName;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * The assignment {@code target = value} for each kind of target. The target's
 * object (and key) are evaluated before the value, as §13.15.2 requires; the value
 * is the result.
 */
public abstract class AssignNode extends ExpressionNode {

    public static final class Variable extends AssignNode {
        @Child private ExpressionNode value;
        private final WriteVariableNode write;
        private final int pos;

        public Variable(ExpressionNode value, WriteVariableNode write, int pos) {
            this.value = value;
            this.write = write;
            this.pos = pos;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            write.write(frame, v, this, pos);
            return v;
        }
    }

    public static final class Global extends AssignNode {
        @Child private ExpressionNode value;
        private final String name;
        private final boolean strict;
        private final int pos;

        public Global(ExpressionNode value, String name, boolean strict, int pos) {
            this.value = value;
            this.name = name;
            this.strict = strict;
            this.pos = pos;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            GlobalAccess.write(JsLanguage.realm(this), name, v, strict, this, pos);
            return v;
        }
    }

    public static final class Property extends AssignNode {
        @Child private ExpressionNode object;
        @Child private ExpressionNode value;
        @Child private PropertySetNode set;

        public Property(ExpressionNode object, ExpressionNode value, PropertySetNode set) {
            this.object = object;
            this.value = value;
            this.set = set;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            Object v = value.executeGeneric(frame);
            set.execute(o, v);
            return v;
        }
    }

    public static final class Element extends AssignNode {
        @Child private ExpressionNode object;
        @Child private ExpressionNode key;
        @Child private ExpressionNode value;
        @Child private ElementSetNode set;

        public Element(ExpressionNode object, ExpressionNode key, ExpressionNode value, ElementSetNode set) {
            this.object = object;
            this.key = key;
            this.value = value;
            this.set = set;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            Object k = key.executeGeneric(frame);
            Object v = value.executeGeneric(frame);
            set.execute(o, k, v);
            return v;
        }
    }

    public static final class Private extends AssignNode {
        @Child private ExpressionNode object;
        @Child private ExpressionNode name;
        @Child private ExpressionNode value;
        private final int pos;

        public Private(ExpressionNode object, ExpressionNode name, ExpressionNode value, int pos) {
            this.object = object;
            this.name = name;
            this.value = value;
            this.pos = pos;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            PrivateName n = (PrivateName) name.executeGeneric(frame);
            Object v = value.executeGeneric(frame);
            try {
                PrivateAccess.set(o, n, v);
            } catch (JSException e) {
                throw e.raisedAt(this, pos);
            }
            return v;
        }
    }

    public static final class Super extends AssignNode {
        @Child private ExpressionNode home;
        @Child private ExpressionNode thisValue;
        private final Object literalKey;
        @Child private ExpressionNode key;
        @Child private ExpressionNode value;
        private final int pos;

        public Super(ExpressionNode home, ExpressionNode thisValue, Object literalKey, ExpressionNode key, ExpressionNode value, int pos) {
            this.home = home;
            this.thisValue = thisValue;
            this.literalKey = literalKey;
            this.key = key;
            this.value = value;
            this.pos = pos;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object h = home.executeGeneric(frame);
            Object k = literalKey != null ? literalKey : Conversions.toPropertyKey(key.executeGeneric(frame));
            Object v = value.executeGeneric(frame);
            Object t = thisValue.executeGeneric(frame);
            try {
                if (!SuperAccess.set(h, k, v, t)) {
                    throw Errors.cannotAssign(t, k);
                }
            } catch (JSException e) {
                throw e.raisedAt(this, pos);
            }
            return v;
        }
    }

    /** Destructuring assignment: the value is taken apart by the pattern; the value itself is the result. */
    public static final class Pattern extends AssignNode {
        @Child private BindingTargetNode target;
        @Child private ExpressionNode value;

        public Pattern(BindingTargetNode target, ExpressionNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            target.execute(frame, v);
            return v;
        }
    }
}
