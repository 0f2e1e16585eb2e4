package dev.dunder.python.nodes.root;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.vars.FrameLayout;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.ops.PySequences;

/**
 * A class body: runs with the namespace from {@code __prepare__} as its locals
 * ({@code [body function, namespace]}). If methods use {@code super()} or {@code __class__},
 * the body's {@code __class__} cell is handed to {@code type.__new__} as {@code __classcell__}.
 */
public final class ClassBodyRootNode extends PythonRootNode {
    @Child private FrameSetup setup;
    @Child private StatementNode body;
    private final int classCellSlot;

    public ClassBodyRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, String qualname, SourceSection section,
                    FrameSetup setup, StatementNode body, int classCellSlot) {
        super(language, descriptor, name, qualname, section);
        this.setup = setup;
        this.body = body;
        this.classCellSlot = classCellSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        setup.execute(frame, (PFunction) args[0], args, 2);
        Object namespace = args[1];
        frame.setObject(FrameLayout.NAMESPACE, namespace);
        try {
            body.executeVoid(frame);
            if (classCellSlot >= 0) {
                PySequences.setItem(namespace, "__classcell__", frame.getObject(classCellSlot));
            }
        } catch (PythonException e) {
            throw e.leaveFrame();
        }
        return PNone.NONE;
    }
}
