package dev.dunder.js.parser;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

import dev.dunder.grammar.js.JsLexer;
import dev.dunder.grammar.js.JsParser;
import dev.dunder.js.JsLanguage;
import dev.dunder.js.parser.scope.ScopeAnalyzer;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;

/**
 * Source text to executable tree: lex, parse (ANTLR's fast SLL mode first, full LL
 * only when that fails), build the AST, analyse scopes, build nodes. Every problem
 * found on the way is a SyntaxError with V8's message and caret, thrown before any
 * of the script runs — as V8 compiles a whole script first.
 */
public final class JsParsing {
    private JsParsing() {
    }

    public static CallTarget parseScript(JsLanguage language, Source source) {
        try {
            String text = source.getCharacters().toString();
            CommonTokenStream tokens = new CommonTokenStream(new JsLexer(CharStreams.fromString(text, source.getName())));
            JsParser.ProgramContext program = parse(tokens);
            AstBuilder builder = new AstBuilder(tokens);
            AstBuilder.Script script = builder.program(program);
            // a REPL input or an embedder's script declares globals; only a module file keeps its top level to itself
            boolean globalDeclarations = source.isInteractive() || !language.isModuleScope();
            ScopeAnalyzer.Result scopes = ScopeAnalyzer.analyze(script.body(), globalDeclarations);
            return new NodeBuilder(language, source, scopes, builder.getRanges(), globalDeclarations).buildScript(script.body(), script.strict());
        } catch (JsSyntaxError e) {
            if (source.isInteractive() && !e.isIncomplete() && opensUnterminatedComment(source.getCharacters().toString(), e.getPosition())) {
                // the lexer cannot tell an unterminated comment from a stray '/': more lines may close it (Node's REPL waits too)
                throw syntaxError(source, new JsSyntaxError(e.getMessage(), e.getPosition(), e.getLength(), true));
            }
            throw syntaxError(source, e);
        }
    }

    private static boolean opensUnterminatedComment(String text, int position) {
        return position >= 0 && text.startsWith("/*", position) && text.indexOf("*/", position + 2) < 0;
    }

    /** A SyntaxError object for an early error, carrying V8's caret range. */
    public static JSException syntaxError(Source source, JsSyntaxError e) {
        return JSException.syntaxError(Errors.createError("SyntaxError", e.getMessage()), source, e.getPosition(), e.getLength(), e.isIncomplete());
    }

    private static JsParser.ProgramContext parse(CommonTokenStream tokens) {
        JsParser parser = new JsParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.program();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new org.antlr.v4.runtime.DefaultErrorStrategy());
            parser.addErrorListener(new FirstError());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return parser.program();
        }
    }

    /** Is the token directly inside a class body (the innermost open brace belongs to a class)? */
    private static boolean inClassBody(org.antlr.v4.runtime.TokenStream tokens, int index) {
        int depth = 0;
        int open = -1;
        for (int i = index - 1; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == JsLexer.CloseBrace) {
                depth++;
            } else if (type == JsLexer.OpenBrace) {
                if (depth == 0) {
                    open = i;
                    break;
                }
                depth--;
            }
        }
        int nesting = 0;
        for (int i = open - 1; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == JsLexer.CloseParen || type == JsLexer.CloseBracket) {
                nesting++;
            } else if (type == JsLexer.OpenParen || type == JsLexer.OpenBracket) {
                nesting--;
            } else if (nesting == 0 && (type == JsLexer.SemiColon || type == JsLexer.OpenBrace || type == JsLexer.CloseBrace)) {
                return false;
            } else if (nesting == 0 && type == JsLexer.Class) {
                return true;
            }
        }
        return false;
    }

    /** Turns the first syntax error ANTLR reports into V8's "Unexpected ..." message. */
    private static final class FirstError extends BaseErrorListener {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine, String msg, RecognitionException e) {
            Token t = offendingSymbol instanceof Token tok ? tok : null;
            if (t == null) {
                throw new JsSyntaxError("Invalid or unexpected token", 0, 1);
            }
            if (t.getType() == JsLexer.Colon && recognizer instanceof Parser p && inClassBody(p.getTokenStream(), t.getTokenIndex())) {
                // `class Foo { x: 3 }`: V8 blames the field name, with an empty caret
                Token previous = null;
                for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
                    Token candidate = p.getTokenStream().get(i);
                    if (candidate.getChannel() == Token.DEFAULT_CHANNEL) {
                        previous = candidate;
                        break;
                    }
                }
                if (previous != null && previous.getType() == JsLexer.Identifier) {
                    throw new JsSyntaxError("Unexpected identifier '" + previous.getText() + "'", previous.getStartIndex(), 0);
                }
            }
            throw AstBuilder.unexpected(t);
        }
    }
}
