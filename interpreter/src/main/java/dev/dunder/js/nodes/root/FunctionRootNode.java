package dev.dunder.js.nodes.root;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.ReturnException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.FunctionData;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * A JavaScript function's frame: [[Call]] and [[Construct]] (§10.2.1, §10.2.2).
 * The prologue binds parameters, {@code this} and the rest; {@code new} on an
 * ordinary function or base class first allocates {@code this} from
 * {@code new.target.prototype}; a derived constructor's {@code this} comes from
 * {@code super()}. A class constructor refuses a plain call. A Java stack overflow
 * becomes V8's RangeError.
 */
public final class FunctionRootNode extends JsRootNode {
    private final FunctionData.Kind kind;
    @Child private StatementNode prologue;
    @Child private StatementNode body;
    @Child private ExpressionNode expressionBody;
    @Child private AllocateThisNode allocateThis;
    @Child private dev.dunder.js.nodes.functions.InitializeInstanceNode initializeInstance;
    /** Derived constructors: reads {@code this} at the end (a ReferenceError if super() never ran). */
    @Child private ExpressionNode derivedThis;
    private final String className;
    private final BranchProfile constructProfile = BranchProfile.create();

    public FunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, SourceSection section, FunctionData.Kind kind,
                    StatementNode prologue, StatementNode body, ExpressionNode expressionBody, ExpressionNode derivedThis) {
        super(language, descriptor, name, section);
        this.kind = kind;
        this.prologue = prologue;
        this.body = body;
        this.expressionBody = expressionBody;
        this.derivedThis = derivedThis;
        this.className = name;
        if (kind == FunctionData.Kind.NORMAL || kind == FunctionData.Kind.BASE_CLASS) {
            this.allocateThis = AllocateThisNode.create();
        }
        if (kind == FunctionData.Kind.BASE_CLASS) {
            this.initializeInstance = dev.dunder.js.nodes.functions.InitializeInstanceNode.create();
        }
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Object newTarget = args[JSFunction.NEW_TARGET];
        boolean construct = newTarget != Undefined.INSTANCE;
        JSObject thisObject = null;
        if (construct) {
            constructProfile.enter();
            if (allocateThis != null) {
                thisObject = allocateThis.allocate(newTarget);
                args[JSFunction.THIS] = thisObject;
            }
        } else if (kind == FunctionData.Kind.BASE_CLASS || kind == FunctionData.Kind.DERIVED_CLASS) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError("Class constructor " + className + " cannot be invoked without 'new'");
        }
        Object result;
        try {
            prologue.executeVoid(frame);
            if (construct && kind == FunctionData.Kind.BASE_CLASS) {
                initializeInstance.execute(thisObject, (JSFunction) args[JSFunction.FUNCTION]);
            }
            if (expressionBody != null) {
                result = expressionBody.executeGeneric(frame);
            } else {
                body.executeVoid(frame);
                result = Undefined.INSTANCE;
            }
        } catch (ReturnException r) {
            result = r.getValue();
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.rangeError("Maximum call stack size exceeded");
        }
        if (construct) {
            if (result instanceof JSObject) {
                return result;
            }
            if (kind == FunctionData.Kind.DERIVED_CLASS) {
                if (result != Undefined.INSTANCE) {
                    CompilerDirectives.transferToInterpreter();
                    throw Errors.typeError("Derived constructors may only return object or undefined");
                }
                return derivedThis.executeGeneric(frame);
            }
            if (thisObject != null) {
                return thisObject;
            }
        }
        return result;
    }
}
