package dev.dunder.js.nodes.root;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.ReturnException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.builtins.ProcessBuiltins;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * A script, run the way Node runs a CommonJS module: as the body of a function, so
 * its top-level {@code var}s and functions are locals (not properties of
 * {@code globalThis}), {@code this} is {@code module.exports} and a top-level
 * {@code return} ends it.
 */
public final class ScriptRootNode extends JsRootNode {
    @Child private StatementNode prologue;
    @Child private StatementNode body;
    /** The final expression statement, whose value the script returns (null: undefined). */
    @Child private ExpressionNode result;

    public ScriptRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, SourceSection section, StatementNode prologue, StatementNode body,
                    ExpressionNode result) {
        super(language, descriptor, "", section);
        this.prologue = prologue;
        this.body = body;
        this.result = result;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            prologue.executeVoid(frame);
            body.executeVoid(frame);
            Object value = result != null ? result.executeGeneric(frame) : Undefined.INSTANCE;
            ProcessBuiltins.exitWithExitCode(JsLanguage.realm(this));
            return value;
        } catch (ReturnException r) {
            // a top-level return ends the module
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.rangeError("Maximum call stack size exceeded");
        } finally {
            JsLanguage.realm(this).flush();
        }
        return Undefined.INSTANCE;
    }
}
