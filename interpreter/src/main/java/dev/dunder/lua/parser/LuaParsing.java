package dev.dunder.lua.parser;

import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.dunder.grammar.lua.LuaLexer;
import dev.dunder.grammar.lua.LuaParser;
import dev.dunder.lua.parser.ast.FunctionBody;

/**
 * Lua source (a byte string) to a resolved syntax tree, with Lua's compile errors.
 *
 * <p>Lua's parser stops at the first problem, and its lexer reports a bad token only when
 * the parser reaches it; so the tokens are checked first (malformed numerals, bad escapes,
 * unfinished strings), ANTLR parses with an error strategy that stops at once, and
 * whichever problem comes first in the token stream is the one reported. Checks Lua makes
 * while parsing that a grammar cannot express (a statement that is neither a call nor an
 * assignment, an assignment to a call) run as rules are completed, so they too are found
 * in source order.
 */
public final class LuaParsing {
    private LuaParsing() {
    }

    /** Compiles a chunk; {@code chunkName} is Lua's ({@code "@file.lua"}, {@code "=stdin"}, or source text). */
    public static FunctionBody parse(String source, String chunkName) {
        LuaLexer lexer = new LuaLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        LexicalProblem lexical = firstLexicalProblem(tokens.getTokens(), source);
        LuaParser.ChunkContext tree;
        try {
            try {
                tree = parseWith(tokens, PredictionMode.SLL);
            } catch (ParseStopped sllFailed) {
                // SLL prediction can fail on valid input; full LL decides (and finds the real error)
                tokens.seek(0);
                tree = parseWith(tokens, PredictionMode.LL);
            }
        } catch (ParseStopped stop) {
            if (lexical != null && lexical.tokenIndex <= stop.tokenIndex) {
                throw lexical.error;
            }
            throw stop.error;
        } catch (StackOverflowError e) {
            throw new LuaSyntaxError(1, "chunk has too many syntax levels", false);
        }
        if (lexical != null) {
            throw lexical.error;
        }
        return new AstBuilder(tokens).chunk(tree);
    }

    private static LuaParser.ChunkContext parseWith(CommonTokenStream tokens, PredictionMode mode) {
        LuaParser parser = new LuaParser(tokens);
        parser.setInterpreter(new LuaPrediction(parser, parser.getInterpreter().decisionToDFA, new org.antlr.v4.runtime.atn.PredictionContextCache()));
        parser.removeErrorListeners();
        StopAtFirstError strategy = new StopAtFirstError();
        parser.setErrorHandler(strategy);
        parser.getInterpreter().setPredictionMode(mode);
        parser.addParseListener(new StatementChecks(parser, strategy));
        return parser.chunk();
    }

    /** A syntax error found while parsing, and the index of the token Lua would have stopped at. */
    private static final class ParseStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final LuaSyntaxError error;
        final int tokenIndex;

        ParseStopped(LuaSyntaxError error, int tokenIndex) {
            super(null, null, false, false);
            this.error = error;
            this.tokenIndex = tokenIndex;
        }
    }

    private record LexicalProblem(int tokenIndex, LuaSyntaxError error) {
    }

    /** The first token Lua's lexer would reject, with its message. */
    private static LexicalProblem firstLexicalProblem(List<Token> tokens, String source) {
        for (Token t : tokens) {
            try {
                switch (t.getType()) {
                    case LuaLexer.NUMBER -> Literals.number(t.getText());
                    case LuaLexer.STRING -> Literals.shortString(t.getText(), true, false);
                    case LuaLexer.UNFINISHED_STRING -> {
                        boolean atEof = t.getStopIndex() + 1 >= source.length();
                        Literals.shortString(t.getText(), false, atEof);
                    }
                    case LuaLexer.UNFINISHED_LONG -> {
                        String what = t.getText().startsWith("--") ? "comment" : "string";
                        int eofLine = tokens.get(tokens.size() - 1).getLine();
                        return new LexicalProblem(t.getTokenIndex(), new LuaSyntaxError(eofLine,
                                        "unfinished long " + what + " (starting at line " + t.getLine() + ") near <eof>", true));
                    }
                    default -> {
                    }
                }
            } catch (Literals.LexicalError e) {
                int line = e.near.equals("<eof>") ? tokens.get(tokens.size() - 1).getLine() : LuaSyntaxErrors.lastLine(t);
                return new LexicalProblem(t.getTokenIndex(), new LuaSyntaxError(line, e.getMessage() + " near " + e.near, e.near.equals("<eof>")));
            }
        }
        return null;
    }

    /** Stops the parse at the first error, keeping what Lua needs to describe it. */
    private static final class StopAtFirstError extends DefaultErrorStrategy {
        boolean failed;

        @Override
        public void recover(Parser recognizer, RecognitionException e) {
            throw stop(e, recognizer);
        }

        @Override
        public Token recoverInline(Parser recognizer) {
            throw stop(new InputMismatchException(recognizer), recognizer);
        }

        @Override
        public void sync(Parser recognizer) {
            // no resynchronisation: Lua reports the first error only
        }

        @Override
        public void reportError(Parser recognizer, RecognitionException e) {
            throw stop(e, recognizer);
        }

        private ParseStopped stop(RecognitionException e, Parser recognizer) {
            failed = true;
            LuaSyntaxError error = LuaSyntaxErrors.fromRecognition(e, recognizer.getTokenStream());
            return new ParseStopped(error, e.getOffendingToken().getTokenIndex());
        }
    }

    /**
     * lparser.c's exprstat checks, made as soon as the rule is complete: a statement that is
     * a lone expression must be a call, and every assignment target must be a variable
     * ("syntax error near ..." otherwise).
     */
    private static final class StatementChecks implements ParseTreeListener {
        private final Parser parser;
        private final StopAtFirstError strategy;

        StatementChecks(Parser parser, StopAtFirstError strategy) {
            this.parser = parser;
            this.strategy = strategy;
        }

        @Override
        public void exitEveryRule(ParserRuleContext ctx) {
            if (strategy.failed) {
                return;
            }
            Token next = parser.getTokenStream().LT(1);
            if (ctx instanceof LuaParser.SuffixedexpContext s && s.getParent() instanceof LuaParser.ExprstatContext) {
                int t = next.getType();
                if ((t == LuaLexer.COMMA || t == LuaLexer.ASSIGN) && !isVariable(s)) {
                    fail(next);
                }
            } else if (ctx instanceof LuaParser.ExprstatContext e && e.ASSIGN() == null && !isCall(e.suffixedexp(0))) {
                fail(next);
            }
        }

        private void fail(Token next) {
            strategy.failed = true;
            LuaSyntaxError error = new LuaSyntaxError(LuaSyntaxErrors.lastLine(next), "syntax error near " + LuaSyntaxErrors.near(next), next.getType() == Token.EOF);
            throw new ParseStopped(error, next.getTokenIndex());
        }

        @Override
        public void enterEveryRule(ParserRuleContext ctx) {
        }

        @Override
        public void visitTerminal(TerminalNode node) {
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
        }
    }

    static boolean isVariable(LuaParser.SuffixedexpContext s) {
        List<LuaParser.SuffixContext> suffixes = s.suffix();
        if (suffixes.isEmpty()) {
            return s.primaryexp().NAME() != null;
        }
        LuaParser.SuffixContext last = suffixes.get(suffixes.size() - 1);
        return last.DOT() != null || last.LBRACKET() != null;
    }

    static boolean isCall(LuaParser.SuffixedexpContext s) {
        List<LuaParser.SuffixContext> suffixes = s.suffix();
        if (suffixes.isEmpty()) {
            return false;
        }
        LuaParser.SuffixContext last = suffixes.get(suffixes.size() - 1);
        return last.args() != null;
    }
}
