package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.ops.OptionalChainNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PrivateName;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** Property reads as expressions: {@code o.x}, {@code o[k]}, {@code o.#x}, {@code super.x} (optionally with {@code ?.}). */
public abstract class MemberReadNode extends ExpressionNode {

    static void checkOptional(boolean optional, Object o) {
        if (optional && (o == Undefined.INSTANCE || o == Null.INSTANCE)) {
            throw OptionalChainNode.SHORT_CIRCUIT;
        }
    }

    public static final class Named extends MemberReadNode {
        @Child private ExpressionNode object;
        @Child private PropertyGetNode get;
        private final boolean optional;

        public Named(ExpressionNode object, Object key, int pos, boolean optional) {
            this.object = object;
            this.get = PropertyGetNode.create(key, pos);
            this.optional = optional;
        }

        public ExpressionNode getObject() {
            return object;
        }

        public Object getKey() {
            return get.getKey();
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            checkOptional(optional, o);
            return get.execute(o);
        }
    }

    public static final class Keyed extends MemberReadNode {
        @Child private ExpressionNode object;
        @Child private ExpressionNode key;
        @Child private ElementGetNode get;
        private final boolean optional;

        public Keyed(ExpressionNode object, ExpressionNode key, int pos, boolean optional) {
            this.object = object;
            this.key = key;
            this.get = ElementGetNode.create(pos);
            this.optional = optional;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            checkOptional(optional, o);
            return get.execute(o, key.executeGeneric(frame));
        }
    }

    public static final class Private extends MemberReadNode {
        @Child private ExpressionNode object;
        @Child private ExpressionNode name;
        private final int pos;
        private final boolean optional;

        public Private(ExpressionNode object, ExpressionNode name, int pos, boolean optional) {
            this.object = object;
            this.name = name;
            this.pos = pos;
            this.optional = optional;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            checkOptional(optional, o);
            try {
                return PrivateAccess.get(o, (PrivateName) name.executeGeneric(frame));
            } catch (JSException e) {
                throw e.raisedAt(this, pos);
            }
        }
    }

    public static final class Super extends MemberReadNode {
        @Child private ExpressionNode home;
        @Child private ExpressionNode thisValue;
        private final Object literalKey;
        @Child private ExpressionNode key;
        private final int pos;

        public Super(ExpressionNode home, ExpressionNode thisValue, Object literalKey, ExpressionNode key, int pos) {
            this.home = home;
            this.thisValue = thisValue;
            this.literalKey = literalKey;
            this.key = key;
            this.pos = pos;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object h = home.executeGeneric(frame);
            Object k = literalKey != null ? literalKey : Conversions.toPropertyKey(key.executeGeneric(frame));
            try {
                return SuperAccess.get(h, k, thisValue.executeGeneric(frame));
            } catch (JSException e) {
                throw e.raisedAt(this, pos);
            }
        }
    }
}
