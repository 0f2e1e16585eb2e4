package dev.dunder.js.nodes.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.patterns.BindingTargetNode;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * {@code for (key in object)} (§14.7.5.9 EnumerateObjectProperties): the enumerable
 * string keys of the object and then of its prototypes, each name once, skipping
 * properties deleted before they are reached.
 */
public final class ForInNode extends StatementNode {
    @Child private ExpressionNode object;
    @Child private StatementNode iterationScope;
    @Child private BindingTargetNode target;
    @Child private LoopBody body;

    public ForInNode(ExpressionNode object, StatementNode iterationScope, BindingTargetNode target, LoopBody body) {
        this.object = object;
        this.iterationScope = iterationScope;
        this.target = target;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = object.executeGeneric(frame);
        if (value == Undefined.INSTANCE || value == Null.INSTANCE) {
            return;
        }
        JSObject obj = JSRuntime.toObject(value);
        List<Object[]> keys = keys(obj);
        int count = 0;
        for (Object[] entry : keys) {
            if (!stillThere((JSObject) entry[1], entry[0])) {
                continue;
            }
            count++;
            if (iterationScope != null) {
                iterationScope.executeVoid(frame);
            }
            target.execute(frame, entry[0]);
            if (!body.execute(frame)) {
                break;
            }
        }
        LoopNode.reportLoopCount(this, count);
    }

    /** (key, holder) pairs in enumeration order. */
    @TruffleBoundary
    private static List<Object[]> keys(JSObject obj) {
        List<Object[]> out = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (JSObject o = obj; o != null; o = o.getPrototypeOf()) {
            for (Object k : o.ownPropertyKeys()) {
                if (!(k instanceof String)) {
                    continue;
                }
                if (!seen.add(k)) {
                    continue;
                }
                PropertyDescriptor d = o.getOwnProperty(k);
                if (d != null && d.enumerable) {
                    out.add(new Object[]{k, o});
                }
            }
        }
        return out;
    }

    @TruffleBoundary
    private static boolean stillThere(JSObject holder, Object key) {
        return holder.getOwnProperty(key) != null;
    }
}
