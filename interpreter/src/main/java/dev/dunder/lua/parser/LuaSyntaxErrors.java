package dev.dunder.lua.parser;

import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

import dev.dunder.grammar.lua.LuaLexer;
import dev.dunder.grammar.lua.LuaParser;

/**
 * Turns the point where ANTLR stopped into the message Lua's parser gives at the same
 * point. The grammar mirrors lparser.c, so the rule and the expected token say which
 * check of Lua's failed:
 * <ul>
 * <li>a token Lua {@code check}s for: "'then' expected", with "(to close 'function' at line 1)"
 * for a closing token on another line than its opener, as check_match adds;</li>
 * <li>a block ended by a token that cannot end a block: Lua tried to read a statement there,
 * hence "unexpected symbol" (unless the block ended with {@code return});</li>
 * <li>no way to start an expression: "unexpected symbol"; after {@code obj:name}, "function
 * arguments expected"; after {@code for name}, "'=' or 'in' expected"; in a parameter list,
 * "&lt;name&gt; or '...' expected".</li>
 * </ul>
 */
final class LuaSyntaxErrors {
    private LuaSyntaxErrors() {
    }

    static LuaSyntaxError fromRecognition(RecognitionException e, TokenStream tokens) {
        Token off = e.getOffendingToken();
        ParserRuleContext ctx = (ParserRuleContext) e.getCtx();
        int line = lastLine(off);
        boolean incomplete = off.getType() == Token.EOF;
        String near = " near " + near(off);
        if (e instanceof InputMismatchException) {
            IntervalSet expected = e.getExpectedTokens();
            int want = pick(expected);
            boolean blockEnd = want == LuaLexer.END || want == LuaLexer.UNTIL || want == Token.EOF;
            if (blockEnd && !isBlockFollow(off.getType()) && !blockEndedWithReturn(ctx)) {
                return new LuaSyntaxError(line, "unexpected symbol" + near, incomplete);
            }
            String message = tokenName(want) + " expected";
            Token opener = opener(ctx, want, tokens);
            if (opener != null && opener.getLine() != line) {
                message += " (to close " + quoted(opener) + " at line " + opener.getLine() + ")";
            }
            return new LuaSyntaxError(line, message + near, incomplete);
        }
        String message = switch (ctx.getRuleIndex()) {
            case LuaParser.RULE_args -> ctx.getChildCount() == 0 ? "function arguments expected" : "unexpected symbol";
            case LuaParser.RULE_forstat -> "'=' or 'in' expected";
            case LuaParser.RULE_localstat -> "<name> expected";
            case LuaParser.RULE_parlist -> "<name> or '...' expected";
            default -> "unexpected symbol";
        };
        return new LuaSyntaxError(line, message + near, incomplete);
    }

    /** The token a failed match was for: a closing keyword if it is among the candidates. */
    private static int pick(IntervalSet expected) {
        for (int t : new int[]{LuaLexer.END, LuaLexer.UNTIL, Token.EOF}) {
            if (expected.contains(t)) {
                return t;
            }
        }
        return expected.getMinElement();
    }

    static boolean isBlockFollow(int type) {
        return type == LuaLexer.END || type == LuaLexer.ELSE || type == LuaLexer.ELSEIF || type == LuaLexer.UNTIL || type == Token.EOF;
    }

    /** Whether the block just finished inside {@code ctx} ended with a return statement. */
    private static boolean blockEndedWithReturn(ParserRuleContext ctx) {
        for (int i = ctx.getChildCount() - 1; i >= 0; i--) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof LuaParser.BlockContext block) {
                return block.retstat() != null;
            }
        }
        return false;
    }

    /** The token a closing token closes, for check_match's "(to close ...)". */
    private static Token opener(ParserRuleContext ctx, int closing, TokenStream tokens) {
        int rule = ctx.getRuleIndex();
        if (closing == LuaLexer.END) {
            if (rule == LuaParser.RULE_funcbody) {
                for (int i = ctx.start.getTokenIndex() - 1; i >= 0; i--) {
                    if (tokens.get(i).getType() == LuaLexer.FUNCTION) {
                        return tokens.get(i);
                    }
                }
                return null;
            }
            if (rule == LuaParser.RULE_ifstat || rule == LuaParser.RULE_whilestat || rule == LuaParser.RULE_forstat || rule == LuaParser.RULE_dostat) {
                return ctx.start;
            }
        }
        if (closing == LuaLexer.UNTIL && rule == LuaParser.RULE_repeatstat) {
            return ctx.start;
        }
        if (closing == LuaLexer.RPAREN && (rule == LuaParser.RULE_args || rule == LuaParser.RULE_primaryexp)) {
            return ctx.start;
        }
        if (closing == LuaLexer.RBRACE && rule == LuaParser.RULE_tableconstructor) {
            return ctx.start;
        }
        return null;
    }

    /** luaX_token2str: how Lua names a token it expected. */
    static String tokenName(int type) {
        if (type == Token.EOF) {
            return "<eof>";
        }
        if (type == LuaLexer.NAME) {
            return "<name>";
        }
        if (type == LuaLexer.STRING || type == LuaLexer.LONGSTRING) {
            return "<string>";
        }
        if (type == LuaLexer.NUMBER) {
            return "<number>";
        }
        String literal = LuaLexer.VOCABULARY.getLiteralName(type);
        return literal != null ? literal : "'" + LuaLexer.VOCABULARY.getSymbolicName(type) + "'";
    }

    private static String quoted(Token t) {
        return "'" + t.getText() + "'";
    }

    /** txtToken: what Lua shows after "near" for the current token. */
    static String near(Token t) {
        int type = t.getType();
        if (type == Token.EOF) {
            return "<eof>";
        }
        String text = t.getText();
        if (type == LuaLexer.STRING) {
            try {
                return "'" + text.charAt(0) + Literals.shortString(text, true, false) + text.charAt(0) + "'";
            } catch (Literals.LexicalError e) {
                return "'" + text + "'";
            }
        }
        if (type == LuaLexer.OTHER) {
            char c = text.charAt(0);
            if (c < 32 || c >= 127) {
                return "'<\\" + (int) c + ">'";
            }
        }
        return "'" + text + "'";
    }

    /** The line of a token's last character (Lua reports the line the lexer has reached). */
    static int lastLine(Token t) {
        if (t.getType() == Token.EOF) {
            return t.getLine();
        }
        String text = t.getText();
        int line = t.getLine();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
