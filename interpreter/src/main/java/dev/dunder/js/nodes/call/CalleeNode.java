package dev.dunder.js.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.access.ElementGetNode;
import dev.dunder.js.nodes.access.PrivateAccess;
import dev.dunder.js.nodes.access.PropertyGetNode;
import dev.dunder.js.nodes.access.SuperAccess;
import dev.dunder.js.nodes.ops.OptionalChainNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PrivateName;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** How a method call finds its function on the receiver: {@code .name}, {@code [key]}, {@code .#name}, {@code super.name}. */
public abstract class CalleeNode extends Node {
    /** The function; {@code receiver} is the evaluated object (for super: the home object). */
    public abstract Object execute(VirtualFrame frame, Object receiver);

    /** The {@code this} of the call. */
    public Object thisFor(VirtualFrame frame, Object receiver) {
        return receiver;
    }

    static void checkOptional(boolean optional, Object receiver) {
        if (optional && (receiver == Undefined.INSTANCE || receiver == Null.INSTANCE)) {
            throw OptionalChainNode.SHORT_CIRCUIT;
        }
    }

    public static final class Named extends CalleeNode {
        @Child private PropertyGetNode get;
        private final boolean optional;

        public Named(Object key, int pos, boolean optional) {
            this.get = PropertyGetNode.create(key, pos);
            this.optional = optional;
        }

        public Object getKey() {
            return get.getKey();
        }

        @Override
        public Object execute(VirtualFrame frame, Object receiver) {
            checkOptional(optional, receiver);
            return get.execute(receiver);
        }
    }

    public static final class Keyed extends CalleeNode {
        @Child private ExpressionNode key;
        @Child private ElementGetNode get;
        private final boolean optional;

        public Keyed(ExpressionNode key, int pos, boolean optional) {
            this.key = key;
            this.get = ElementGetNode.create(pos);
            this.optional = optional;
        }

        @Override
        public Object execute(VirtualFrame frame, Object receiver) {
            checkOptional(optional, receiver);
            return get.execute(receiver, key.executeGeneric(frame));
        }
    }

    public static final class Private extends CalleeNode {
        @Child private ExpressionNode name;
        private final int pos;
        private final boolean optional;

        public Private(ExpressionNode name, int pos, boolean optional) {
            this.name = name;
            this.pos = pos;
            this.optional = optional;
        }

        @Override
        public Object execute(VirtualFrame frame, Object receiver) {
            checkOptional(optional, receiver);
            try {
                return PrivateAccess.get(receiver, (PrivateName) name.executeGeneric(frame));
            } catch (JSException e) {
                throw e.setPositionIfAbsent(this, pos);
            }
        }
    }

    /** {@code super.m(...)}: the receiver node evaluates the home object; {@code this} stays {@code this}. */
    public static final class Super extends CalleeNode {
        private final Object literalKey;
        @Child private ExpressionNode key;
        @Child private ExpressionNode thisValue;

        public Super(Object literalKey, ExpressionNode key, ExpressionNode thisValue) {
            this.literalKey = literalKey;
            this.key = key;
            this.thisValue = thisValue;
        }

        @Override
        public Object execute(VirtualFrame frame, Object home) {
            Object k = literalKey != null ? literalKey : Conversions.toPropertyKey(key.executeGeneric(frame));
            return SuperAccess.get(home, k, thisValue.executeGeneric(frame));
        }

        @Override
        public Object thisFor(VirtualFrame frame, Object receiver) {
            return thisValue.executeGeneric(frame);
        }
    }
}
