/*
 * The tokens of ECMAScript 2023 scripts (ECMA-262 §12), written for Dunder from the
 * specification. What a context-free lexer cannot decide lives in JsLexerBase:
 * whether a '/' starts a regular expression or divides, which '}' closes a template
 * substitution, and which tokens follow a line terminator (automatic semicolon
 * insertion and the restricted productions).
 */
lexer grammar JsLexer;

options { superClass = JsLexerBase; }

tokens { RegularExpressionLiteral, TemplateSubstitutionEnd, AutoSemicolon }

HashbangComment      : '#!' ~[\r\n\u2028\u2029]* -> channel(HIDDEN);
MultiLineComment     : '/*' .*? '*/' -> channel(HIDDEN);
SingleLineComment    : '//' ~[\r\n\u2028\u2029]* -> channel(HIDDEN);
LineTerminator       : [\r\n\u2028\u2029] -> channel(HIDDEN);
WhiteSpace           : [\t\u000B\u000C\u0020\u00A0\uFEFF\p{Zs}]+ -> channel(HIDDEN);

OpenBracket          : '[';
CloseBracket         : ']';
OpenParen            : '(';
CloseParen           : ')';
OpenBrace            : '{';
CloseBrace           : '}';
SemiColon            : ';';
Comma                : ',';
Ellipsis             : '...';
QuestionDot          : '?.';
Dot                  : '.';
NullishAssign        : '??=';
Nullish              : '??';
Question             : '?';
Colon                : ':';
Arrow                : '=>';
StrictEquals         : '===';
StrictNotEquals      : '!==';
Equals               : '==';
NotEquals            : '!=';
Assign               : '=';
PowerAssign          : '**=';
Power                : '**';
MultiplyAssign       : '*=';
Multiply             : '*';
DivideAssign         : '/=';
Divide               : '/';
ModulusAssign        : '%=';
Modulus              : '%';
PlusPlus             : '++';
MinusMinus           : '--';
PlusAssign           : '+=';
Plus                 : '+';
MinusAssign          : '-=';
Minus                : '-';
UnsignedRightShiftAssign : '>>>=';
RightShiftAssign     : '>>=';
LeftShiftAssign      : '<<=';
UnsignedRightShift   : '>>>';
RightShift           : '>>';
LeftShift            : '<<';
LessThanEquals       : '<=';
GreaterThanEquals    : '>=';
LessThan             : '<';
MoreThan             : '>';
AndAssign            : '&&=';
And                  : '&&';
BitAndAssign         : '&=';
BitAnd               : '&';
OrAssign             : '||=';
Or                   : '||';
BitOrAssign          : '|=';
BitOr                : '|';
BitXorAssign         : '^=';
BitXor               : '^';
Not                  : '!';
BitNot               : '~';
Hash                 : '#';

NullLiteral          : 'null';
BooleanLiteral       : 'true' | 'false';

BigIntLiteral
    : ( '0' | [1-9] ('_'? [0-9])* ) 'n'
    | '0' [xX] HexDigits 'n'
    | '0' [oO] [0-7] ('_'? [0-7])* 'n'
    | '0' [bB] [01] ('_'? [01])* 'n'
    ;

NumericLiteral
    : DecimalIntegerLiteral '.' DecimalDigits? ExponentPart?
    | '.' DecimalDigits ExponentPart?
    | DecimalIntegerLiteral ExponentPart?
    | '0' [xX] HexDigits
    | '0' [oO] [0-7] ('_'? [0-7])*
    | '0' [bB] [01] ('_'? [01])*
    | '0' [0-9]+                      // legacy octal (or a decimal with a leading zero), sloppy mode only
    ;

// Keywords (§12.7.2). The contextual ones (let, static, async, await, yield, of, get, set,
// target) are tokens too; the parser's identifier rule accepts them as names.
Break      : 'break';
Case       : 'case';
Catch      : 'catch';
Class      : 'class';
Const      : 'const';
Continue   : 'continue';
Debugger   : 'debugger';
Default    : 'default';
Delete     : 'delete';
Do         : 'do';
Else       : 'else';
Enum       : 'enum';
Export     : 'export';
Extends    : 'extends';
Finally    : 'finally';
For        : 'for';
Function_  : 'function';
If         : 'if';
Import     : 'import';
In         : 'in';
Instanceof : 'instanceof';
New        : 'new';
Return     : 'return';
Super      : 'super';
Switch     : 'switch';
This       : 'this';
Throw      : 'throw';
Try        : 'try';
Typeof     : 'typeof';
Var        : 'var';
Void       : 'void';
While      : 'while';
With       : 'with';
Let        : 'let';
Static     : 'static';
Async      : 'async';
Await      : 'await';
Yield      : 'yield';
Of         : 'of';
Get        : 'get';
Set        : 'set';
Target     : 'target';

Identifier : IdentifierStart IdentifierPart*;

PrivateName : '#' IdentifierStart IdentifierPart*;

StringLiteral
    : '"' DoubleStringCharacter* '"'
    | '\'' SingleStringCharacter* '\''
    ;

BackTick : '`' -> pushMode(TEMPLATE);

// Anything else is a character no token starts with: the parser reports it.
UnexpectedCharacter : .;

mode TEMPLATE;

BackTickEnd                : '`' -> popMode;
TemplateSubstitutionStart  : '${' -> pushMode(DEFAULT_MODE);
TemplateCharacters         : TemplateCharacter+;
// A '$' just before the closing backtick or before "${" (a lone dollar is text).
TemplateDollar             : '$';

fragment TemplateCharacter
    : ~[`\\$]
    | '\\' .
    | '$'+ ~[{`\\$]
    | '$'+ '\\' .
    ;

fragment DoubleStringCharacter
    : ~["\\\r\n]
    | '\\' EscapeSequence
    | LineContinuation
    ;

fragment SingleStringCharacter
    : ~['\\\r\n]
    | '\\' EscapeSequence
    | LineContinuation
    ;

fragment EscapeSequence
    : ~[\r\n\u2028\u2029]
    ;

fragment LineContinuation
    : '\\' ('\r\n' | [\r\n\u2028\u2029])
    ;

fragment DecimalIntegerLiteral
    : '0'
    | [1-9] ('_'? [0-9])*
    ;

fragment DecimalDigits
    : [0-9] ('_'? [0-9])*
    ;

fragment ExponentPart
    : [eE] [+-]? DecimalDigits
    ;

fragment HexDigits
    : [0-9a-fA-F] ('_'? [0-9a-fA-F])*
    ;

fragment IdentifierStart
    : [\p{L}\p{Nl}$_]
    | '\\u' [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F]
    | '\\u{' [0-9a-fA-F]+ '}'
    ;

fragment IdentifierPart
    : IdentifierStart
    | [\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200C\u200D]
    ;
