/*
 * Syntax of Dunder's Lua dialect: the complete Lua 5.4 grammar (reference
 * manual section 9) with Lua's operator precedence.
 *
 * The rules mirror the functions of Lua's own recursive-descent parser
 * (lparser.c: statement, exprstat, suffixedexp, primaryexp, funcargs, body,
 * parlist, constructor, ...) and make every choice on one token of lookahead
 * where Lua does, with an explicit error alternative where Lua has one. That is
 * what lets LuaSyntaxErrors report Lua's own messages ("'end' expected (to close
 * 'function' at line 1) near <eof>", "unexpected symbol near '='") from the rule
 * and token at which ANTLR stops. No embedded actions: the tree builder is a visitor.
 */
parser grammar LuaParser;

options { tokenVocab = LuaLexer; }

chunk : block EOF ;

block : stat* retstat? ;

stat
    : SEMI
    | ifstat
    | whilestat
    | dostat
    | forstat
    | repeatstat
    | funcstat
    | localstat
    | labelstat
    | breakstat
    | gotostat
    | exprstat
    ;

ifstat : IF exp THEN block ( ELSEIF exp THEN block )* ( ELSE block )? END ;

whilestat : WHILE exp DO block END ;

dostat : DO block END ;

forstat
    : FOR NAME ( ASSIGN exp COMMA exp ( COMMA exp )?     // numeric for
               | ( COMMA NAME )* IN explist              // generic for
               )
      DO block END
    ;

repeatstat : REPEAT block UNTIL exp ;

funcstat : FUNCTION funcname funcbody ;

funcname : NAME ( DOT NAME )* ( COLON NAME )? ;

localstat
    : LOCAL ( FUNCTION NAME funcbody
            | attname ( COMMA attname )* ( ASSIGN explist )?
            )
    ;

attname : NAME ( LT NAME GT )? ;

labelstat : DCOLON NAME DCOLON ;

breakstat : BREAK ;

gotostat : GOTO NAME ;

/* A call, or an assignment to one or more targets; which suffixed expressions may stand here is checked as Lua does. */
exprstat : suffixedexp ( ( COMMA suffixedexp )* ASSIGN explist )? ;

retstat
    : RETURN ( SEMI
             | explist SEMI?
             |                      // nothing: the block ends here
             )
    ;

explist : exp ( COMMA exp )* ;

exp
    : <assoc=right> exp CARET exp
    | ( NOT | HASH | MINUS | TILDE ) exp
    | exp ( STAR | SLASH | DSLASH | PERCENT ) exp
    | exp ( PLUS | MINUS ) exp
    | <assoc=right> exp CONCAT exp
    | exp ( SHL | SHR ) exp
    | exp AMP exp
    | exp TILDE exp
    | exp PIPE exp
    | exp ( LT | GT | LE | GE | NE | EQ ) exp
    | exp AND exp
    | exp OR exp
    | simpleexp
    ;

simpleexp
    : NIL
    | FALSE
    | TRUE
    | NUMBER
    | STRING
    | LONGSTRING
    | DOTS
    | FUNCTION funcbody
    | tableconstructor
    | suffixedexp
    ;

suffixedexp : primaryexp suffix* ;

primaryexp
    : NAME
    | LPAREN exp RPAREN
    ;

suffix
    : DOT NAME
    | LBRACKET exp RBRACKET
    | COLON NAME args
    | args
    ;

args
    : LPAREN ( RPAREN | explist RPAREN )
    | tableconstructor
    | STRING
    | LONGSTRING
    ;

funcbody : LPAREN parlist RPAREN block END ;

parlist
    : NAME ( COMMA NAME )* ( COMMA DOTS )?
    | DOTS
    |                                   // no parameters
    ;

tableconstructor : LBRACE ( RBRACE | field ( fieldsep field )* fieldsep? RBRACE ) ;

field
    : LBRACKET exp RBRACKET ASSIGN exp
    | NAME ASSIGN exp
    | exp
    ;

fieldsep : COMMA | SEMI ;
