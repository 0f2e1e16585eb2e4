package dev.dunder.js.nodes.root;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.ReturnException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.builtins.ProcessBuiltins;
import dev.dunder.runtime.js.inspect.Inspect;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
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
    /** A REPL input: its value is shown as Node's REPL shows it, and kept in {@code _}. */
    private final boolean interactive;

    public ScriptRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, SourceSection section, StatementNode prologue, StatementNode body,
                    ExpressionNode result, boolean interactive) {
        super(language, descriptor, dev.dunder.runtime.js.model.ErrorFormat.SCRIPT_ROOT_NAME, section);
        this.interactive = interactive;
        this.prologue = prologue;
        this.body = body;
        this.result = result;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (interactive) {
            JsLanguage.realm(this).interactive = true;
        }
        try {
            prologue.executeVoid(frame);
            body.executeVoid(frame);
            Object value = result != null ? result.executeGeneric(frame) : Undefined.INSTANCE;
            if (interactive) {
                echo(JsLanguage.realm(this), value);
                return dev.dunder.runtime.js.interop.JSInterop.toInterop(value);
            }
            ProcessBuiltins.exitWithExitCode(JsLanguage.realm(this));
            return dev.dunder.runtime.js.interop.JSInterop.toInterop(value);
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

    /** Node's REPL: util.inspect of the completion value (strings quoted), which {@code _} then holds. */
    @TruffleBoundary
    private static void echo(JSRealm realm, Object value) {
        realm.writeOut(Inspect.inspect(value) + "\n");
        realm.globalObject.defineOwnProperty("_", PropertyDescriptor.data(value, true, false, true));
    }
}
