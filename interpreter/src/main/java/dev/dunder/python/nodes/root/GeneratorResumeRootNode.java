package dev.dunder.python.nodes.root;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ReturnException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.generator.GeneratorSlots;
import dev.dunder.python.nodes.generator.YieldException;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PGenerator;
import dev.dunder.runtime.python.objects.PNone;

/**
 * One step of a generator: continue its body in the generator's own frame until the
 * next yield (return the value), a return (null; the value is kept on the generator)
 * or an exception. Called with {@code [generator, sent value, thrown exception, first run]}.
 */
public final class GeneratorResumeRootNode extends PythonRootNode {
    @Child private StatementNode body;
    private final GeneratorSlots slots;

    public GeneratorResumeRootNode(TruffleLanguage<?> language, String name, String qualname, SourceSection section, StatementNode body,
                    GeneratorSlots slots) {
        super(language, new FrameDescriptor(), name, qualname, section);
        this.body = body;
        this.slots = slots;
    }

    @Override
    public Object execute(VirtualFrame ignored) {
        Object[] args = ignored.getArguments();
        PGenerator gen = (PGenerator) args[0];
        MaterializedFrame frame = gen.getFrame();
        boolean first = (Boolean) args[3];
        frame.setObject(slots.sent(), args[1]);
        frame.setObject(slots.thrown(), args[2]);
        frame.setObject(slots.resuming(), first ? null : Boolean.TRUE);
        PythonContext ctx = PythonLanguage.context(this);
        if (!ctx.enterFrame()) {
            ctx.exitFrame();
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.recursionError();
        }
        int base = ctx.handledDepth();
        restoreHandled(ctx, gen);
        try {
            if (first && args[2] != null) {
                throw (PythonException) args[2];
            }
            body.executeVoid(frame);
            gen.setReturnValue(PNone.NONE);
            return null;
        } catch (YieldException y) {
            saveHandled(ctx, gen, base);
            return y.getValue();
        } catch (ReturnException r) {
            gen.setReturnValue(r.getValue());
            return null;
        } catch (PythonException e) {
            throw e.leaveFrame();
        } finally {
            ctx.truncateHandled(base);
            ctx.exitFrame();
        }
    }

    @TruffleBoundary
    private static void restoreHandled(PythonContext ctx, PGenerator gen) {
        for (PBaseException e : gen.getSavedHandled()) {
            ctx.pushHandled(e);
        }
    }

    @TruffleBoundary
    private static void saveHandled(PythonContext ctx, PGenerator gen, int base) {
        List<PBaseException> saved = new ArrayList<>();
        while (ctx.handledDepth() > base) {
            saved.add(0, ctx.currentHandled());
            ctx.popHandled();
        }
        gen.setSavedHandled(saved);
    }
}
