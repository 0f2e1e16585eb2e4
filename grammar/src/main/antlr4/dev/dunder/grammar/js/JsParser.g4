/*
 * ECMAScript 2023 scripts (ECMA-262 §13-§15), written for Dunder from the
 * specification.
 *
 * Statement-ending semicolons are optional here ('eos?'): the tree builder applies
 * automatic semicolon insertion's rule (§12.10), accepting a missing ';' only before
 * '}', at the end of input or before a token on a new line, and reports anything else
 * as V8 does. Where ANTLR has a choice, it takes the longest statement, which is what
 * ASI does too ("a\n(b)" is a call). The restricted productions get their semicolon
 * from the lexer (JsLexerBase).
 *
 * Destructuring patterns are parsed as the literals they look like (the
 * specification's "cover grammar") and reinterpreted by the tree builder.
 */
parser grammar JsParser;

options { tokenVocab = JsLexer; }

program
    : statement* EOF
    ;

statement
    : block                                                                         # BlockStatement
    | variableStatement                                                             # VariableDeclarationStatement
    | SemiColon                                                                     # EmptyStatement
    | functionDeclaration                                                           # FunctionDeclarationStatement
    | classDeclaration                                                              # ClassDeclarationStatement
    | If '(' expressionSequence ')' statement (Else statement)?                     # IfStatement
    | Do statement While '(' expressionSequence ')' eos?                            # DoWhileStatement
    | While '(' expressionSequence ')' statement                                    # WhileStatement
    | For '(' forInit? SemiColon expressionSequence? SemiColon expressionSequence? ')' statement  # ForStatement
    | For '(' forBinding In expressionSequence ')' statement                        # ForInStatement
    | For Await? '(' forBinding Of singleExpression ')' statement                   # ForOfStatement
    | Continue identifier? eos?                                                     # ContinueStatement
    | Break identifier? eos?                                                        # BreakStatement
    | Return expressionSequence? eos?                                               # ReturnStatement
    | Throw expressionSequence eos?                                                 # ThrowStatement
    | With '(' expressionSequence ')' statement                                     # WithStatement
    | Switch '(' expressionSequence ')' '{' caseClause* '}'                         # SwitchStatement
    | identifier ':' statement                                                      # LabelledStatement
    | Try block catchClause? finallyClause?                                         # TryStatement
    | Debugger eos?                                                                 # DebuggerStatement
    | (Import | Export) singleExpression? eos?                                      # ModuleStatement
    | expressionSequence eos?                                                       # ExpressionStatement
    ;

eos
    : SemiColon
    | AutoSemicolon
    ;

block
    : '{' statement* '}'
    ;

variableStatement
    : varModifier variableDeclaration (',' variableDeclaration)* eos?
    ;

varModifier
    : Var
    | Let
    | Const
    ;

variableDeclaration
    : bindingTarget ('=' singleExpression)?
    ;

bindingTarget
    : identifier
    | arrayLiteral
    | objectLiteral
    ;

forInit
    : varModifier variableDeclaration (',' variableDeclaration)*
    | expressionSequence
    ;

forBinding
    : varModifier bindingTarget
    | singleExpression
    ;

caseClause
    : Case expressionSequence ':' statement*
    | Default ':' statement*
    ;

catchClause
    : Catch ('(' bindingTarget ')')? block
    ;

finallyClause
    : Finally block
    ;

functionDeclaration
    : Async? Function_ Multiply? identifier '(' formalParameterList? ')' functionBody
    ;

classDeclaration
    : Class identifier classTail
    ;

classTail
    : (Extends singleExpression)? '{' classElement* '}'
    ;

classElement
    : Static? methodDefinition                                                      # ClassMethod
    | Static? propertyName ('=' singleExpression)? eos?                             # ClassField
    | Static block                                                                  # StaticBlock
    | SemiColon                                                                     # EmptyClassElement
    ;

methodDefinition
    : Async? Multiply? propertyName '(' formalParameterList? ')' functionBody       # PlainMethod
    | Get propertyName '(' ')' functionBody                                         # GetterMethod
    | Set propertyName '(' formalParameterList ')' functionBody                     # SetterMethod
    ;

formalParameterList
    : formalParameter (',' formalParameter)* (',' restParameter)? ','?
    | restParameter
    ;

formalParameter
    : bindingTarget ('=' singleExpression)?
    ;

restParameter
    : Ellipsis bindingTarget
    ;

functionBody
    : '{' statement* '}'
    ;

arrayLiteral
    : '[' (arrayElement | Comma)* ']'
    ;

arrayElement
    : Ellipsis? singleExpression
    ;

objectLiteral
    : '{' (propertyAssignment (',' propertyAssignment)* ','?)? '}'
    ;

propertyAssignment
    : propertyName ':' singleExpression                                             # PropertyExpressionAssignment
    | methodDefinition                                                              # MethodProperty
    | identifier '=' singleExpression                                               # CoverInitializedName
    | identifier                                                                    # PropertyShorthand
    | Ellipsis singleExpression                                                     # SpreadProperty
    ;

propertyName
    : identifierName
    | StringLiteral
    | NumericLiteral
    | BigIntLiteral
    | '[' singleExpression ']'
    | PrivateName
    ;

arguments
    : '(' (argument (',' argument)* ','?)? ')'
    ;

argument
    : Ellipsis? singleExpression
    ;

expressionSequence
    : singleExpression (',' singleExpression)*
    ;

singleExpression
    : singleExpression QuestionDot? '[' expressionSequence ']'                      # IndexExpression
    | singleExpression (Dot | QuestionDot) (identifierName | PrivateName)           # MemberDotExpression
    | singleExpression templateLiteral                                              # TaggedTemplateExpression
    | New Dot Target                                                                # NewTargetExpression
    | New newCallee arguments?                                                      # NewExpression
    | singleExpression QuestionDot? arguments                                       # CallExpression
    | singleExpression (PlusPlus | MinusMinus)                                      # PostfixExpression
    | (Delete | Void | Typeof | PlusPlus | MinusMinus | Plus | Minus | BitNot | Not | Await) singleExpression  # UnaryExpression
    | <assoc = right> singleExpression Power singleExpression                       # PowerExpression
    | singleExpression (Multiply | Divide | Modulus) singleExpression               # MultiplicativeExpression
    | singleExpression (Plus | Minus) singleExpression                              # AdditiveExpression
    | singleExpression (LeftShift | RightShift | UnsignedRightShift) singleExpression  # ShiftExpression
    | singleExpression (LessThan | MoreThan | LessThanEquals | GreaterThanEquals | Instanceof | In) singleExpression  # RelationalExpression
    | singleExpression (Equals | NotEquals | StrictEquals | StrictNotEquals) singleExpression  # EqualityExpression
    | singleExpression BitAnd singleExpression                                      # BitAndExpression
    | singleExpression BitXor singleExpression                                      # BitXorExpression
    | singleExpression BitOr singleExpression                                       # BitOrExpression
    | singleExpression And singleExpression                                         # LogicalAndExpression
    | singleExpression Or singleExpression                                          # LogicalOrExpression
    | singleExpression Nullish singleExpression                                     # NullishExpression
    | <assoc = right> singleExpression Question singleExpression Colon singleExpression  # TernaryExpression
    | <assoc = right> singleExpression assignmentOperator singleExpression          # AssignmentExpression
    | Async? arrowParameters Arrow arrowBody                                        # ArrowFunctionExpression
    | Yield (Multiply? singleExpression)?                                           # YieldExpression
    | Async? Function_ Multiply? identifier? '(' formalParameterList? ')' functionBody  # FunctionExpression
    | Class identifier? classTail                                                   # ClassExpression
    | This                                                                          # ThisExpression
    | Super                                                                         # SuperExpression
    | identifier                                                                    # IdentifierExpression
    | PrivateName                                                                   # PrivateNameExpression
    | literal                                                                       # LiteralExpression
    | templateLiteral                                                               # TemplateLiteralExpression
    | arrayLiteral                                                                  # ArrayLiteralExpression
    | objectLiteral                                                                 # ObjectLiteralExpression
    | '(' expressionSequence ')'                                                    # ParenthesizedExpression
    ;

// The constructor of a `new` expression: a member expression without calls, so that
// `new a.b(c)` constructs `a.b` with `(c)` rather than constructing the result of `a.b(c)`.
newCallee
    : newCallee Dot (identifierName | PrivateName)                                  # NewCalleeMember
    | newCallee '[' expressionSequence ']'                                          # NewCalleeIndex
    | New newCallee arguments                                                       # NewCalleeNew
    | identifier                                                                    # NewCalleeIdentifier
    | This                                                                          # NewCalleeThis
    | '(' expressionSequence ')'                                                    # NewCalleeParenthesized
    | Function_ identifier? '(' formalParameterList? ')' functionBody               # NewCalleeFunction
    | Class identifier? classTail                                                   # NewCalleeClass
    | literal                                                                       # NewCalleeLiteral
    | arrayLiteral                                                                  # NewCalleeArray
    | objectLiteral                                                                 # NewCalleeObject
    | templateLiteral                                                               # NewCalleeTemplate
    ;

assignmentOperator
    : Assign | MultiplyAssign | DivideAssign | ModulusAssign | PlusAssign | MinusAssign
    | LeftShiftAssign | RightShiftAssign | UnsignedRightShiftAssign | BitAndAssign | BitXorAssign
    | BitOrAssign | PowerAssign | AndAssign | OrAssign | NullishAssign
    ;

arrowParameters
    : identifier
    | '(' formalParameterList? ')'
    ;

arrowBody
    : functionBody
    | singleExpression
    ;

templateLiteral
    : BackTick templatePart* BackTickEnd
    ;

templatePart
    : TemplateCharacters
    | TemplateDollar
    | TemplateSubstitutionStart expressionSequence TemplateSubstitutionEnd
    ;

literal
    : NullLiteral
    | BooleanLiteral
    | StringLiteral
    | NumericLiteral
    | BigIntLiteral
    | RegularExpressionLiteral
    ;

identifier
    : Identifier
    | Let
    | Static
    | Async
    | Await
    | Yield
    | Of
    | Get
    | Set
    | Target
    ;

identifierName
    : identifier
    | reservedWord
    ;

reservedWord
    : Break | Case | Catch | Class | Const | Continue | Debugger | Default | Delete | Do | Else | Enum
    | Export | Extends | Finally | For | Function_ | If | Import | In | Instanceof | New | Return | Super
    | Switch | This | Throw | Try | Typeof | Var | Void | While | With | NullLiteral | BooleanLiteral
    ;
