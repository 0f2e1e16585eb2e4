package dev.dunder.python.nodes.func;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PFunction;

/** A def with annotations: the function, with its {@code __annotations__} evaluated at definition time. */
public final class AnnotateNode extends PyExpressionNode {
    @Child private MakeFunctionNode function;
    @CompilationFinal(dimensions = 1) private final String[] names;
    @Children private final ExpressionNode[] values;

    public AnnotateNode(MakeFunctionNode function, String[] names, ExpressionNode[] values) {
        this.function = function;
        this.names = names;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        PFunction f = (PFunction) function.executeGeneric(frame);
        PDict annotations = new PDict();
        for (int i = 0; i < names.length; i++) {
            annotations.setItem(names[i], values[i].executeGeneric(frame));
        }
        f.setAnnotations(annotations);
        return f;
    }
}
