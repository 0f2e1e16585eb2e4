package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.vars.GlobalAccess;
import dev.dunder.js.nodes.vars.ReadGlobalNode;
import dev.dunder.js.nodes.vars.WriteVariableNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.PrivateName;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * A Reference Record (§6.2.5) for the operators that read and then write one
 * place — {@code +=}, {@code ??=}, {@code ++}: {@link #prepare} evaluates the base
 * (and key) once, then {@link #get} and {@link #set} use it.
 */
public abstract class ReferenceNode extends Node {
    public abstract Object prepare(VirtualFrame frame);

    public abstract Object get(VirtualFrame frame, Object base);

    public abstract void set(VirtualFrame frame, Object base, Object value);

    public static final class Variable extends ReferenceNode {
        @Child private ExpressionNode read;
        private final WriteVariableNode write;
        private final int pos;

        public Variable(ExpressionNode read, WriteVariableNode write, int pos) {
            this.read = read;
            this.write = write;
            this.pos = pos;
        }

        @Override
        public Object prepare(VirtualFrame frame) {
            return null;
        }

        @Override
        public Object get(VirtualFrame frame, Object base) {
            return read.executeGeneric(frame);
        }

        @Override
        public void set(VirtualFrame frame, Object base, Object value) {
            write.write(frame, value, this, pos);
        }
    }

    public static final class Global extends ReferenceNode {
        @Child private ReadGlobalNode read;
        private final String name;
        private final boolean strict;
        private final int pos;

        public Global(String name, boolean strict, int readPos, int pos) {
            this.read = ReadGlobalNode.create(name, readPos, false);
            this.name = name;
            this.strict = strict;
            this.pos = pos;
        }

        @Override
        public Object prepare(VirtualFrame frame) {
            return null;
        }

        @Override
        public Object get(VirtualFrame frame, Object base) {
            return read.executeGeneric(frame);
        }

        @Override
        public void set(VirtualFrame frame, Object base, Object value) {
            GlobalAccess.write(JsLanguage.realm(this), name, value, strict, this, pos);
        }
    }

    public static final class Property extends ReferenceNode {
        @Child private ExpressionNode object;
        @Child private PropertyGetNode get;
        @Child private PropertySetNode set;

        public Property(ExpressionNode object, PropertyGetNode get, PropertySetNode set) {
            this.object = object;
            this.get = get;
            this.set = set;
        }

        @Override
        public Object prepare(VirtualFrame frame) {
            return object.executeGeneric(frame);
        }

        @Override
        public Object get(VirtualFrame frame, Object base) {
            return get.execute(base);
        }

        @Override
        public void set(VirtualFrame frame, Object base, Object value) {
            set.execute(base, value);
        }
    }

    public static final class Element extends ReferenceNode {
        @Child private ExpressionNode object;
        @Child private ExpressionNode key;
        @Child private ElementGetNode get;
        @Child private ElementSetNode set;

        public Element(ExpressionNode object, ExpressionNode key, ElementGetNode get, ElementSetNode set) {
            this.object = object;
            this.key = key;
            this.get = get;
            this.set = set;
        }

        @Override
        public Object prepare(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            Object k = key.executeGeneric(frame);
            return new Object[]{o, k};
        }

        @Override
        public Object get(VirtualFrame frame, Object base) {
            Object[] b = (Object[]) base;
            return get.execute(b[0], b[1]);
        }

        @Override
        public void set(VirtualFrame frame, Object base, Object value) {
            Object[] b = (Object[]) base;
            set.execute(b[0], b[1], value);
        }
    }

    public static final class Private extends ReferenceNode {
        @Child private ExpressionNode object;
        @Child private ExpressionNode name;
        private final int pos;

        public Private(ExpressionNode object, ExpressionNode name, int pos) {
            this.object = object;
            this.name = name;
            this.pos = pos;
        }

        @Override
        public Object prepare(VirtualFrame frame) {
            return new Object[]{object.executeGeneric(frame), name.executeGeneric(frame)};
        }

        @Override
        public Object get(VirtualFrame frame, Object base) {
            Object[] b = (Object[]) base;
            try {
                return PrivateAccess.get(b[0], (PrivateName) b[1]);
            } catch (JSException e) {
                throw e.raisedAt(this, pos);
            }
        }

        @Override
        public void set(VirtualFrame frame, Object base, Object value) {
            Object[] b = (Object[]) base;
            try {
                PrivateAccess.set(b[0], (PrivateName) b[1], value);
            } catch (JSException e) {
                throw e.raisedAt(this, pos);
            }
        }
    }

    public static final class Super extends ReferenceNode {
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
        public Object prepare(VirtualFrame frame) {
            Object h = home.executeGeneric(frame);
            Object k = literalKey != null ? literalKey : Conversions.toPropertyKey(key.executeGeneric(frame));
            return new Object[]{h, k, thisValue.executeGeneric(frame)};
        }

        @Override
        public Object get(VirtualFrame frame, Object base) {
            Object[] b = (Object[]) base;
            return SuperAccess.get(b[0], b[1], b[2]);
        }

        @Override
        public void set(VirtualFrame frame, Object base, Object value) {
            Object[] b = (Object[]) base;
            try {
                if (!SuperAccess.set(b[0], b[1], value, b[2])) {
                    throw Errors.cannotAssign(b[2], b[1]);
                }
            } catch (JSException e) {
                throw e.raisedAt(this, pos);
            }
        }
    }
}
