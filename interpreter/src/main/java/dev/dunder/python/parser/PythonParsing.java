package dev.dunder.python.parser;

import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

import dev.dunder.grammar.python.PythonLexer;
import dev.dunder.grammar.python.PythonLexerBase;
import dev.dunder.grammar.python.PythonParser;
import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.root.ModuleRootNode;
import dev.dunder.python.parser.ast.Expr;
import dev.dunder.python.parser.ast.Stmt;
import dev.dunder.python.runtime.MainRootNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.builtins.BuiltinTypes;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Source text to executable Truffle tree: lex (with indentation), parse (ANTLR,
 * SLL first, full LL only if that fails), build the AST, analyse scopes, build nodes.
 * Any syntax problem becomes a Python SyntaxError with CPython's message and caret.
 */
public final class PythonParsing {
    private PythonParsing() {
    }

    /** What a piece of source is parsed as. */
    public enum Mode {
        /** A module / script. */
        FILE,
        /** One expression (eval()). */
        EVAL,
        /** A module whose names live in a separate locals mapping (exec with locals). */
        NAMESPACE,
        /** REPL input (CPython's 'single' mode): expression statements are displayed. */
        INTERACTIVE
    }

    /** The call target {@code context.eval} runs: the source as the {@code __main__} module. */
    public static CallTarget parseMain(PythonLanguage language, Source source) {
        ModuleRootNode module = parse(language, source, Mode.FILE);
        return new MainRootNode(language, module.getCallTarget()).getCallTarget();
    }

    /**
     * REPL input ({@code Source.isInteractive()}). Incomplete when the parser says so (an open
     * bracket, an unfinished triple-quoted string, a block header without its body) and, as in
     * CPython's REPL, while a compound statement has not been ended by an empty line.
     */
    public static CallTarget parseInteractive(PythonLanguage language, Source source) {
        ModuleRootNode module = parse(language, source, Mode.INTERACTIVE);
        String text = source.getCharacters().toString();
        if (!text.endsWith("\n") && opensBlock(text)) {
            PythonSyntaxError more = new PythonSyntaxError("incomplete input", 1, 1, 2, true);
            throw toPython(more, source);
        }
        return new MainRootNode(language, module.getCallTarget()).getCallTarget();
    }

    /** Whether the source contains an indented block (so a compound statement is being entered). */
    private static boolean opensBlock(String text) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() == PythonLexer.INDENT) {
                return true;
            }
        }
        return false;
    }

    public static ModuleRootNode parse(PythonLanguage language, Source source, Mode mode) {
        BuiltinTypes.ensureInstalled();
        try {
            return build(language, source, mode);
        } catch (PythonSyntaxError e) {
            throw toPython(e, source);
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Typical code, so the first real parse finds the parser's tables and prediction caches built. */
    private static final String WARM_UP = """
                    import math
                    class Vector(Base, metaclass=Meta):
                        \"\"\"doc\"\"\"
                        def __init__(self, x, y=0, *args, **kwargs):
                            self.x, self.y = x, y
                        @property
                        def magnitude(self):
                            return math.sqrt(self.x ** 2 + self.y ** 2)
                    def main(items):
                        total = 0
                        for i, item in enumerate(items):
                            if i % 2 == 0 and item is not None:
                                total += item[0] * 2
                            elif not item:
                                continue
                            else:
                                print(f"{i}: {item!r:>10}", end="")
                        while total > 10:
                            total -= 1
                        try:
                            x = {k: v for k, v in d.items()}
                        except (KeyError, ValueError) as e:
                            raise RuntimeError("bad") from e
                        finally:
                            pass
                        return [v.magnitude for v in items], lambda a: a + 1
                    print("hello, world", main([1, 2, 3]))
                    """;

    /**
     * Parses a sample on a background thread while the context starts: the parser's ATN and
     * its prediction caches are static and thread-safe, so the first script's parse, which
     * would otherwise pay for them, overlaps with builtin set-up on a second core.
     */
    public static void warmUpInBackground() {
        if (!WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Source source = Source.newBuilder(PythonLanguage.ID, WARM_UP, "<warm-up>").build();
                astBuilder(source).fileInput((PythonParser.File_inputContext) parseTree(source, Mode.FILE));
            } catch (RuntimeException e) {
                // only a cache warm-up: the real parse reports any problem
            }
        }, "dunder-parser-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Parses only to check syntax; returns the error, or null when the source is complete and valid. */
    public static PythonSyntaxError check(String text, boolean single) {
        try {
            Source source = Source.newBuilder(PythonLanguage.ID, text, "<stdin>").build();
            parseTree(source, Mode.FILE);
            return null;
        } catch (PythonSyntaxError e) {
            return e;
        }
    }

    private static ModuleRootNode build(PythonLanguage language, Source source, Mode mode) {
        Object key = new Object();
        if (mode == Mode.EVAL) {
            PythonParser.Eval_inputContext tree = (PythonParser.Eval_inputContext) parseTree(source, mode);
            AstBuilder ast = astBuilder(source);
            Expr e = ast.testlist(tree.testlist());
            Map<Object, Scope> scopes = new ScopeAnalyzer().analyze(key, List.of(new Stmt.ExprStmt(e.pos(), e)), false);
            return new NodeBuilder(language, source, scopes).module(key, null, e);
        }
        PythonParser.File_inputContext tree = (PythonParser.File_inputContext) parseTree(source, mode);
        List<Stmt> body = astBuilder(source).fileInput(tree);
        Map<Object, Scope> scopes = new ScopeAnalyzer().analyze(key, body, mode == Mode.NAMESPACE);
        if (mode == Mode.INTERACTIVE) {
            return new NodeBuilder(language, source, scopes).interactiveModule(key, body);
        }
        return new NodeBuilder(language, source, scopes).module(key, body, null);
    }

    private static AstBuilder astBuilder(Source source) {
        return new AstBuilder((text, offset, line, column) -> parseFieldExpression(source, text, offset, line, column));
    }

    /** An f-string field: parsed as an expression, positions shifted to where it sits in the source. */
    private static Expr parseFieldExpression(Source outer, String text, int offset, int line, int column) {
        // the outer text before the field, blanked: same offsets, lines and columns as in the source
        String before = outer.getCharacters().subSequence(0, Math.max(0, Math.min(offset, outer.getLength()))).toString();
        String padded = before.replaceAll("[^\n]", " ") + text;
        Source s = Source.newBuilder(PythonLanguage.ID, padded, outer.getName()).build();
        PythonParser.Eval_inputContext tree;
        try {
            tree = (PythonParser.Eval_inputContext) parseTree(s, Mode.EVAL);
        } catch (PythonSyntaxError e) {
            throw new PythonSyntaxError("f-string: " + e.getMessage(), line, column + 1, column + 2, false);
        }
        return astBuilder(s).testlist(tree.testlist());
    }

    static org.antlr.v4.runtime.ParserRuleContext parseTree(Source source, Mode mode) {
        String text = source.getCharacters().toString();
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text, source.getName()));
        lexer.removeErrorListeners();
        lexer.allowLeadingIndent = mode == Mode.EVAL;
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        checkLexical(lexer, tokens, text);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return mode == Mode.EVAL ? parser.eval_input() : parser.file_input();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new org.antlr.v4.runtime.DefaultErrorStrategy());
            ErrorListener listener = new ErrorListener(lexer, tokens, text);
            parser.addErrorListener(listener);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            org.antlr.v4.runtime.ParserRuleContext tree = mode == Mode.EVAL ? parser.eval_input() : parser.file_input();
            if (listener.error != null) {
                throw listener.error;
            }
            return tree;
        }
    }

    /** Problems found by the lexer (strings, characters, indentation, brackets) come first, as in CPython's tokenizer. */
    private static void checkLexical(PythonLexer lexer, CommonTokenStream tokens, String text) {
        String[] lines = text.split("\n", -1);
        for (Token t : tokens.getTokens()) {
            if (t.getType() == PythonLexer.UNTERMINATED_STRING) {
                String body = t.getText();
                boolean triple = body.matches("(?s)^[a-zA-Z]*('''|\"\"\").*");
                int detected = triple ? lines.length - (text.endsWith("\n") ? 1 : 0) : t.getLine();
                throw new PythonSyntaxError("unterminated " + (triple ? "triple-quoted " : "") + "string literal (detected at line " + detected + ")",
                                t.getLine(), t.getCharPositionInLine() + 1, t.getCharPositionInLine() + 2, triple);
            }
            if (t.getType() == PythonLexer.ERROR_CHAR) {
                String c = t.getText();
                int cp = c.codePointAt(0);
                if (cp > 127 && !Character.isWhitespace(cp)) {
                    throw new PythonSyntaxError(String.format("invalid character '%s' (U+%04X)", c, cp), t.getLine(), t.getCharPositionInLine() + 1,
                                    t.getCharPositionInLine() + 2, false);
                }
                if (c.equals("\\")) {
                    throw new PythonSyntaxError("unexpected character after line continuation character", t.getLine(), t.getCharPositionInLine() + 2,
                                    t.getCharPositionInLine() + 3, false);
                }
            }
        }
        if (lexer.bracketError != null) {
            Token b = lexer.bracketErrorToken;
            throw new PythonSyntaxError(lexer.bracketError, b.getLine(), b.getCharPositionInLine() + 1, b.getCharPositionInLine() + 2, false);
        }
        PythonLexerBase.IndentationProblem problem = lexer.indentationError;
        if (problem != null) {
            int offset = problem.message().startsWith("unindent") ? lineLength(lines, problem.line()) + 1 : -1;
            throw new PythonSyntaxError("IndentationError", problem.message(), problem.line(), offset, offset + 1, false);
        }
        Token open = lexer.outermostOpenBracket();
        if (open != null) {
            throw new PythonSyntaxError("'" + open.getText() + "' was never closed", open.getLine(), open.getCharPositionInLine() + 1,
                            open.getCharPositionInLine() + 2, true);
        }
    }

    private static int lineLength(String[] lines, int line) {
        return line - 1 < lines.length ? lines[line - 1].stripTrailing().length() : 0;
    }

    /** Turns ANTLR's first error into CPython's message for the situation. */
    private static final class ErrorListener extends BaseErrorListener {
        final PythonLexer lexer;
        final CommonTokenStream tokens;
        final String text;
        PythonSyntaxError error;

        ErrorListener(PythonLexer lexer, CommonTokenStream tokens, String text) {
            this.lexer = lexer;
            this.tokens = tokens;
            this.text = text;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg, RecognitionException e) {
            if (error != null) {
                return;
            }
            Parser parser = (Parser) recognizer;
            Token t = (Token) offendingSymbol;
            IntervalSet expected;
            try {
                expected = parser.getExpectedTokens();
            } catch (RuntimeException ex) {
                expected = new IntervalSet();
            }
            boolean atEnd = t.getType() == Token.EOF;
            int width = Math.max(1, t.getType() == Token.EOF || t.getText() == null ? 1 : t.getText().length());
            if (t.getType() == PythonLexer.INDENT) {
                error = new PythonSyntaxError("IndentationError", "unexpected indent", t.getLine() + 1, -1, 0, false);
                return;
            }
            if (expected.contains(PythonLexer.INDENT) && !expected.contains(PythonLexer.NAME)) {
                Token previous = tokens.get(Math.max(0, t.getTokenIndex() - 1));
                String what = blockKeyword(parser);
                int defLine = blockLine(parser);
                Token at = t.getType() == PythonLexer.DEDENT || t.getType() == PythonLexer.NEWLINE ? nextReal(t) : t;
                error = new PythonSyntaxError("IndentationError", "expected an indented block after " + what + " on line " + defLine, at.getLine(),
                                at.getCharPositionInLine() + 1, at.getCharPositionInLine() + 2, at.getType() == Token.EOF);
                return;
            }
            if (expected.contains(PythonLexer.COLON) && expected.size() <= 3 && t.getType() == PythonLexer.NEWLINE) {
                error = new PythonSyntaxError("expected ':'", t.getLine(), t.getCharPositionInLine() + 1, t.getCharPositionInLine() + 2, false);
                return;
            }
            Token previous = t.getTokenIndex() > 0 ? tokens.get(t.getTokenIndex() - 1) : null;
            if (previous != null && previous.getType() == PythonLexer.NAME && (previous.getText().equals("print") || previous.getText().equals("exec"))
                            && (t.getType() == PythonLexer.STRING || t.getType() == PythonLexer.NAME || t.getType() == PythonLexer.DEC_INTEGER)) {
                int endCol = lineEnd(t);
                error = new PythonSyntaxError("Missing parentheses in call to '" + previous.getText() + "'. Did you mean " + previous.getText() + "(...)?",
                                previous.getLine(), previous.getCharPositionInLine() + 1, endCol + 1, false);
                return;
            }
            if (lexer.bracketDepth() > 0 && previous != null && isAtomEnd(previous) && isAtomStart(t)) {
                error = new PythonSyntaxError("invalid syntax. Perhaps you forgot a comma?", previous.getLine(), previous.getCharPositionInLine() + 1,
                                t.getCharPositionInLine() + width + 1, false);
                return;
            }
            boolean incomplete = atEnd || (t.getType() == PythonLexer.DEDENT && nextReal(t).getType() == Token.EOF);
            error = new PythonSyntaxError("invalid syntax", t.getLine(), t.getCharPositionInLine() + 1, t.getCharPositionInLine() + 1 + width, incomplete);
        }

        private int lineEnd(Token t) {
            Token last = t;
            for (int i = t.getTokenIndex(); i < tokens.size(); i++) {
                Token x = tokens.get(i);
                if (x.getType() == PythonLexer.NEWLINE || x.getType() == Token.EOF) {
                    break;
                }
                last = x;
            }
            return last.getCharPositionInLine() + last.getText().length();
        }

        private Token nextReal(Token t) {
            for (int i = t.getTokenIndex(); i < tokens.size(); i++) {
                Token x = tokens.get(i);
                if (x.getType() != PythonLexer.NEWLINE && x.getType() != PythonLexer.DEDENT && x.getType() != PythonLexer.INDENT) {
                    return x;
                }
            }
            return tokens.get(tokens.size() - 1);
        }

        private static boolean isAtomEnd(Token t) {
            int k = t.getType();
            return k == PythonLexer.NAME || k == PythonLexer.STRING || k == PythonLexer.DEC_INTEGER || k == PythonLexer.FLOAT_NUMBER
                            || k == PythonLexer.CLOSE_PAREN || k == PythonLexer.CLOSE_BRACK || k == PythonLexer.CLOSE_BRACE || k == PythonLexer.TRUE
                            || k == PythonLexer.FALSE || k == PythonLexer.NONE;
        }

        private static boolean isAtomStart(Token t) {
            int k = t.getType();
            return k == PythonLexer.NAME || k == PythonLexer.STRING || k == PythonLexer.DEC_INTEGER || k == PythonLexer.FLOAT_NUMBER
                            || k == PythonLexer.TRUE || k == PythonLexer.FALSE || k == PythonLexer.NONE;
        }

        /** The statement whose block is missing: "'if' statement", "function definition", ... */
        private static String blockKeyword(Parser parser) {
            org.antlr.v4.runtime.ParserRuleContext ctx = parser.getContext();
            while (ctx != null) {
                if (ctx instanceof PythonParser.If_stmtContext i) {
                    return i.ELIF().isEmpty() && i.ELSE() == null ? "'if' statement" : lastClause(i);
                } else if (ctx instanceof PythonParser.While_stmtContext) {
                    return "'while' statement";
                } else if (ctx instanceof PythonParser.For_stmtContext) {
                    return "'for' statement";
                } else if (ctx instanceof PythonParser.Try_stmtContext) {
                    return "'try' statement";
                } else if (ctx instanceof PythonParser.Except_clauseContext) {
                    return "'except' statement";
                } else if (ctx instanceof PythonParser.With_stmtContext) {
                    return "'with' statement";
                } else if (ctx instanceof PythonParser.FuncdefContext f) {
                    return "function definition";
                } else if (ctx instanceof PythonParser.ClassdefContext) {
                    return "class definition";
                }
                ctx = ctx.getParent();
            }
            return "statement";
        }

        private static String lastClause(PythonParser.If_stmtContext i) {
            return i.ELSE() != null ? "'else' statement" : "'elif' statement";
        }

        private static int blockLine(Parser parser) {
            org.antlr.v4.runtime.ParserRuleContext ctx = parser.getContext();
            while (ctx != null) {
                if (ctx instanceof PythonParser.If_stmtContext || ctx instanceof PythonParser.While_stmtContext || ctx instanceof PythonParser.For_stmtContext
                                || ctx instanceof PythonParser.Try_stmtContext || ctx instanceof PythonParser.With_stmtContext
                                || ctx instanceof PythonParser.FuncdefContext || ctx instanceof PythonParser.ClassdefContext
                                || ctx instanceof PythonParser.Except_clauseContext) {
                    if (ctx instanceof PythonParser.If_stmtContext i && !i.ELIF().isEmpty() && i.ELSE() == null) {
                        return i.ELIF(i.ELIF().size() - 1).getSymbol().getLine();
                    }
                    if (ctx instanceof PythonParser.If_stmtContext i && i.ELSE() != null) {
                        return i.ELSE().getSymbol().getLine();
                    }
                    return ctx.getStart().getLine();
                }
                ctx = ctx.getParent();
            }
            return 1;
        }
    }

    /** The Python SyntaxError (or IndentationError) for a parse problem. */
    public static PythonException toPython(PythonSyntaxError e, Source source) {
        String line = "";
        if (e.getLine() >= 1 && e.getLine() <= source.getLineCount()) {
            line = source.getCharacters(e.getLine()).toString() + "\n";
        }
        PyType type = e.getKind().equals("IndentationError") ? PyTypes.INDENTATION_ERROR : PyTypes.SYNTAX_ERROR;
        Object offset = e.getColumn() < 0 ? dev.dunder.runtime.python.objects.PNone.NONE : (Object) (long) e.getColumn();
        Object endOffset = e.getColumn() < 0 ? dev.dunder.runtime.python.objects.PNone.NONE : (Object) (long) e.getEndColumn();
        PTuple info = PTuple.of(source.getName(), (long) e.getLine(), offset, line, (long) e.getLine(), endOffset);
        PBaseException exc = (PBaseException) PyCall.call(type, e.getMessage(), info);
        return PythonException.syntaxError(exc, e.isIncomplete(), syntaxSection(e, source));
    }

    /** Where a syntax error is, for embedders (PolyglotException.getSourceLocation): the column range, else the line. */
    private static com.oracle.truffle.api.source.SourceSection syntaxSection(PythonSyntaxError e, Source source) {
        int line = Math.max(1, Math.min(e.getLine(), Math.max(1, source.getLineCount())));
        try {
            if (source.getLineCount() == 0) {
                return source.createUnavailableSection();
            }
            int lineLength = source.getLineLength(line);
            if (e.getColumn() >= 1 && e.getColumn() <= lineLength) {
                int end = Math.max(e.getColumn(), Math.min(e.getEndColumn() - 1, lineLength));
                return source.createSection(line, e.getColumn(), line, end);
            }
            return source.createSection(line);
        } catch (IllegalArgumentException ex) {
            return source.createSection(line);
        }
    }
}
