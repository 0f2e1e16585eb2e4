/*
 * Tokens of Dunder's Python dialect (Python 3.11 lexical rules).
 *
 * Indentation is not expressed here: PythonLexerBase turns the NEWLINE tokens
 * (which carry the next line's leading blanks) into NEWLINE / INDENT / DEDENT,
 * drops newlines inside brackets and blank lines, as CPython's tokenizer does.
 * Strings (including f-strings) are single tokens; the tree builder splits
 * f-strings into their replacement fields.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// Keywords
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// Literals
STRING
    : STRING_PREFIX? ( LONG_SQ_STRING | LONG_DQ_STRING | SHORT_SQ_STRING | SHORT_DQ_STRING )
    ;

// A quote that never closes on its line (or, for triple quotes, before the end of input).
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'\'\'' LONG_SQ_BODY | '"""' LONG_DQ_BODY | '\'' SHORT_SQ_ITEM* | '"' SHORT_DQ_ITEM* )
    ;

IMAG_NUMBER  : ( FLOAT_NUMBER | DIGIT_PART ) [jJ];
FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT;
HEX_INTEGER  : '0' [xX] ( '_'? HEX_DIGIT )+;
OCT_INTEGER  : '0' [oO] ( '_'? [0-7] )+;
BIN_INTEGER  : '0' [bB] ( '_'? [01] )+;
DEC_INTEGER  : NON_ZERO_DIGIT ( '_'? DIGIT )* | '0'+ ( '_'? '0' )*;

NAME : ID_START ID_CONTINUE*;

// Operators and delimiters
ELLIPSIS        : '...';
DOT             : '.';
STAR            : '*';
OPEN_PAREN      : '(';
CLOSE_PAREN     : ')';
COMMA           : ',';
COLON           : ':';
SEMI_COLON      : ';';
POWER           : '**';
ASSIGN          : '=';
OPEN_BRACK      : '[';
CLOSE_BRACK     : ']';
OR_OP           : '|';
XOR             : '^';
AND_OP          : '&';
LEFT_SHIFT      : '<<';
RIGHT_SHIFT     : '>>';
ADD             : '+';
MINUS           : '-';
DIV             : '/';
MOD             : '%';
IDIV            : '//';
NOT_OP          : '~';
OPEN_BRACE      : '{';
CLOSE_BRACE     : '}';
LESS_THAN       : '<';
GREATER_THAN    : '>';
EQUALS          : '==';
GT_EQ           : '>=';
LT_EQ           : '<=';
NOT_EQ_1        : '<>';
NOT_EQ_2        : '!=';
AT              : '@';
ARROW           : '->';
ADD_ASSIGN      : '+=';
SUB_ASSIGN      : '-=';
MULT_ASSIGN     : '*=';
AT_ASSIGN       : '@=';
DIV_ASSIGN      : '/=';
MOD_ASSIGN      : '%=';
AND_ASSIGN      : '&=';
OR_ASSIGN       : '|=';
XOR_ASSIGN      : '^=';
LEFT_SHIFT_ASSIGN  : '<<=';
RIGHT_SHIFT_ASSIGN : '>>=';
POWER_ASSIGN    : '**=';
IDIV_ASSIGN     : '//=';
WALRUS          : ':=';

// A physical line end plus the blanks that open the next line; PythonLexerBase decides what it means.
NEWLINE : ( '\r'? '\n' | '\r' | '\f' ) [ \t\f]*;

SKIP_ : ( [ \t\f]+ | COMMENT | LINE_JOINING ) -> skip;

// Anything else is a token the parser will reject with a located SyntaxError.
ERROR_CHAR : . ;

fragment COMMENT      : '#' ~[\r\n\f]*;
fragment LINE_JOINING : '\\' [ \t]* ( '\r'? '\n' | '\r' | '\f' );

fragment STRING_PREFIX : [rR] | [uU] | [fF] | [bB] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB];

fragment SHORT_SQ_STRING : '\'' SHORT_SQ_ITEM* '\'';
fragment SHORT_DQ_STRING : '"' SHORT_DQ_ITEM* '"';
fragment LONG_SQ_STRING  : '\'\'\'' LONG_SQ_ITEM*? '\'\'\'';
fragment LONG_DQ_STRING  : '"""' LONG_DQ_ITEM*? '"""';
fragment SHORT_SQ_ITEM   : ~[\\\r\n'] | ESCAPE_SEQ;
fragment SHORT_DQ_ITEM   : ~[\\\r\n"] | ESCAPE_SEQ;
fragment LONG_SQ_ITEM    : ~'\\' | ESCAPE_SEQ;
fragment LONG_DQ_ITEM    : ~'\\' | ESCAPE_SEQ;
// Bodies that can never run past a closing triple quote, so a terminated STRING is always the longer match.
fragment LONG_SQ_BODY    : ( ~['\\] | ESCAPE_SEQ | '\'' ( ~['\\] | ESCAPE_SEQ ) | '\'\'' ( ~['\\] | ESCAPE_SEQ ) )* ( '\'' | '\'\'' )?;
fragment LONG_DQ_BODY    : ( ~["\\] | ESCAPE_SEQ | '"' ( ~["\\] | ESCAPE_SEQ ) | '""' ( ~["\\] | ESCAPE_SEQ ) )* ( '"' | '""' )?;
fragment ESCAPE_SEQ      : '\\' ( '\r\n' | . );

fragment NON_ZERO_DIGIT : [1-9];
fragment DIGIT          : [0-9];
fragment HEX_DIGIT      : [0-9a-fA-F];
fragment DIGIT_PART     : DIGIT ( '_'? DIGIT )*;
fragment POINT_FLOAT    : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.';
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) [eE] [+-]? DIGIT_PART;

fragment ID_START    : [\p{L}\p{Nl}_];
fragment ID_CONTINUE : [\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_];
