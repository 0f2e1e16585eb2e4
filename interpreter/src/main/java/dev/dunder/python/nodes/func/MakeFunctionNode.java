package dev.dunder.python.nodes.func;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.python.nodes.vars.FrameLayout;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.python.objects.PCode;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PModule;

/**
 * {@code def} / {@code lambda} at run time: evaluates the defaults and captures the
 * cells of the enclosing frame that the function's free variables refer to.
 */
public final class MakeFunctionNode extends PyExpressionNode {
    private final PCode code;
    private final String qualname;
    private final Object doc;
    @Children private final ExpressionNode[] defaults;
    @CompilationFinal(dimensions = 1) private final String[] kwDefaultNames;
    @Children private final ExpressionNode[] kwDefaults;
    @CompilationFinal(dimensions = 1) private final int[] closureSlots;

    public MakeFunctionNode(PCode code, String qualname, Object doc, ExpressionNode[] defaults, String[] kwDefaultNames, ExpressionNode[] kwDefaults,
                    int[] closureSlots) {
        this.code = code;
        this.qualname = qualname;
        this.doc = doc;
        this.defaults = defaults;
        this.kwDefaultNames = kwDefaultNames;
        this.kwDefaults = kwDefaults;
        this.closureSlots = closureSlots;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] d = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            d[i] = defaults[i].executeGeneric(frame);
        }
        PDict kw = null;
        if (kwDefaults.length > 0) {
            kw = new PDict();
            for (int i = 0; i < kwDefaults.length; i++) {
                kw.setItem(kwDefaultNames[i], kwDefaults[i].executeGeneric(frame));
            }
        }
        Cell[] closure = new Cell[closureSlots.length];
        for (int i = 0; i < closureSlots.length; i++) {
            closure[i] = (Cell) frame.getObject(closureSlots[i]);
        }
        PFunction f = new PFunction(code, qualname, d, kw, closure, (PModule) frame.getObject(FrameLayout.GLOBALS));
        if (doc != null) {
            f.setDoc(doc);
        }
        return f;
    }
}
