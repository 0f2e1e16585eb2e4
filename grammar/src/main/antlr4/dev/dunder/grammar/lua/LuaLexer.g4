/*
 * Tokens of Dunder's Lua dialect (Lua 5.4, reference manual section 3.1).
 *
 * Long brackets ([[ ]], [==[ ]==]) and comments cannot be matched by a
 * context-free lexer (the number of '=' must agree), so LuaLexerBase scans them
 * by hand when it sees LONG_OPEN or COMMENT_OPEN. Numerals are matched as
 * greedily as Lua's own lexer reads them ("3x" and "1..2" are one malformed
 * numeral); the tree builder decodes and checks numerals and string escapes and
 * reports Lua's messages ("malformed number near '3x'").
 */
lexer grammar LuaLexer;

options { superClass = LuaLexerBase; }

tokens { LONGSTRING, UNFINISHED_LONG }

AND      : 'and';
BREAK    : 'break';
DO       : 'do';
ELSE     : 'else';
ELSEIF   : 'elseif';
END      : 'end';
FALSE    : 'false';
FOR      : 'for';
FUNCTION : 'function';
GOTO     : 'goto';
IF       : 'if';
IN       : 'in';
LOCAL    : 'local';
NIL      : 'nil';
NOT      : 'not';
OR       : 'or';
REPEAT   : 'repeat';
RETURN   : 'return';
THEN     : 'then';
TRUE     : 'true';
UNTIL    : 'until';
WHILE    : 'while';

PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
DSLASH   : '//';
PERCENT  : '%';
CARET    : '^';
HASH     : '#';
AMP      : '&';
TILDE    : '~';
PIPE     : '|';
SHL      : '<<';
SHR      : '>>';
EQ       : '==';
NE       : '~=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';
ASSIGN   : '=';
LPAREN   : '(';
RPAREN   : ')';
LBRACE   : '{';
RBRACE   : '}';
LBRACKET : '[';
RBRACKET : ']';
DCOLON   : '::';
SEMI     : ';';
COLON    : ':';
COMMA    : ',';
DOT      : '.';
CONCAT   : '..';
DOTS     : '...';

NAME : [a-zA-Z_] [a-zA-Z_0-9]* ;

/* Lua's read_numeral: digits, '.', and exponent marks with their sign, greedily; a letter touching the end is taken too. */
NUMBER
    : '0' [xX] ( [0-9a-fA-F.] | [pP] [+-]? )* [g-oq-zG-OQ-Z_]?
    | ( [0-9] | '.' [0-9] ) ( [0-9a-fA-F.] | [eE] [+-]? )* [g-zG-Z_]?
    ;

STRING
    : '"' ( ESCAPE | ~["\\\r\n] )* '"'
    | '\'' ( ESCAPE | ~['\\\r\n] )* '\''
    ;

/* A short string cut off by a line end or the end of input: always a lexical error. */
UNFINISHED_STRING
    : '"' ( ESCAPE | ~["\\\r\n] )* '\\'?
    | '\'' ( ESCAPE | ~['\\\r\n] )* '\\'?
    ;

fragment ESCAPE
    : '\\' 'z' [ \t\r\n\f\u000B]*
    | '\\' ( '\r\n' | '\n\r' | '\r' | '\n' )
    | '\\' ~[\r\n]
    ;

/* '[' followed by '='* '[': the opening of a long string (scanned by LuaLexerBase). */
LONG_OPEN : '[' '='* '[' ;

/* '--': a comment; LuaLexerBase skips it (to the line end, or to the close of a long bracket). */
COMMENT_OPEN : '--' ;

WS : [ \t\r\n\f\u000B]+ -> skip ;

/* Any other character: the parser reports it as an unexpected symbol, as Lua does. */
OTHER : . ;
