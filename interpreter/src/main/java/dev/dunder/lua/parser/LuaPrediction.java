package dev.dunder.lua.parser;

import java.util.Map;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.StarLoopEntryState;
import org.antlr.v4.runtime.dfa.DFA;

import dev.dunder.grammar.lua.LuaLexer;
import dev.dunder.grammar.lua.LuaParser;

/**
 * Lua's parser decides on one token where ANTLR would look further ahead: after a
 * suffixed expression, a {@code (}, string, {@code {}, {@code .}, {@code [} or {@code :}
 * always continues it (so {@code print("x" "y")} fails inside the call, as in Lua, not
 * as a statement that ended early), and after an operand a binary operator always
 * continues the expression when its precedence allows; in a table constructor, a
 * separator not followed by {@code }} is followed by a field. These decisions are made
 * here on the next token alone; all others are ANTLR's.
 */
final class LuaPrediction extends ParserATNSimulator {
    /** The precedence levels of the binary operators in LuaParser.g4's {@code exp} rule (as ANTLR numbers them). */
    private static final Map<Integer, Integer> PRECEDENCE = Map.ofEntries(
                    Map.entry(LuaLexer.CARET, 13),
                    Map.entry(LuaLexer.STAR, 11), Map.entry(LuaLexer.SLASH, 11), Map.entry(LuaLexer.DSLASH, 11), Map.entry(LuaLexer.PERCENT, 11),
                    Map.entry(LuaLexer.PLUS, 10), Map.entry(LuaLexer.MINUS, 10),
                    Map.entry(LuaLexer.CONCAT, 9),
                    Map.entry(LuaLexer.SHL, 8), Map.entry(LuaLexer.SHR, 8),
                    Map.entry(LuaLexer.AMP, 7),
                    Map.entry(LuaLexer.TILDE, 6),
                    Map.entry(LuaLexer.PIPE, 5),
                    Map.entry(LuaLexer.LT, 4), Map.entry(LuaLexer.GT, 4), Map.entry(LuaLexer.LE, 4), Map.entry(LuaLexer.GE, 4),
                    Map.entry(LuaLexer.NE, 4), Map.entry(LuaLexer.EQ, 4),
                    Map.entry(LuaLexer.AND, 3),
                    Map.entry(LuaLexer.OR, 2));

    private final Parser parser;
    private final int suffixLoop;
    private final int operatorLoop;
    private final int fieldLoop;

    LuaPrediction(Parser parser, DFA[] decisionToDFA, PredictionContextCache cache) {
        super(parser, parser.getATN(), decisionToDFA, cache);
        this.parser = parser;
        int suffix = -1;
        int operator = -1;
        int field = -1;
        for (DecisionState s : parser.getATN().decisionToState) {
            if (s instanceof StarLoopEntryState loop) {
                if (s.ruleIndex == LuaParser.RULE_suffixedexp) {
                    suffix = s.decision;
                } else if (s.ruleIndex == LuaParser.RULE_exp && loop.isPrecedenceDecision) {
                    operator = s.decision;
                } else if (s.ruleIndex == LuaParser.RULE_tableconstructor) {
                    field = s.decision;
                }
            }
        }
        this.suffixLoop = suffix;
        this.operatorLoop = operator;
        this.fieldLoop = field;
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        int la = input.LA(1);
        if (decision == suffixLoop) {
            return switch (la) {
                case LuaLexer.LPAREN, LuaLexer.STRING, LuaLexer.LONGSTRING, LuaLexer.LBRACE, LuaLexer.DOT, LuaLexer.LBRACKET, LuaLexer.COLON -> 1;
                default -> 2;
            };
        }
        if (decision == operatorLoop) {
            Integer precedence = PRECEDENCE.get(la);
            return precedence != null && parser.precpred(outerContext, precedence) ? 1 : 2;
        }
        if (decision == fieldLoop) {
            // lparser.c's constructor: after a separator, '}' ends the list, anything else is a field
            boolean separator = la == LuaLexer.COMMA || la == LuaLexer.SEMI;
            return separator && input.LA(2) != LuaLexer.RBRACE ? 1 : 2;
        }
        return super.adaptivePredict(input, decision, outerContext);
    }
}
