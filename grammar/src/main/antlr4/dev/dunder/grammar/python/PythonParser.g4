/*
 * Syntax of Dunder's Python dialect: the statements and expressions of
 * Python 3.11 (without pattern matching and async), with Python's precedence.
 *
 * The rules follow the shape of CPython's classic LL(1) grammar; what a
 * context-free grammar accepts too loosely (assignment targets, argument
 * order, `nonlocal` at module level, ...) is checked by the tree builder, which
 * reports CPython's messages. No embedded actions: the tree builder is a visitor.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// ---- entry points -------------------------------------------------------

file_input : ( NEWLINE | stmt )* EOF ;

/** One interactive entry: a statement, or nothing. */
single_input : NEWLINE* ( stmt NEWLINE* )? EOF ;

/** The argument of eval() and of f-string replacement fields. */
eval_input : testlist NEWLINE* EOF ;

// ---- statements ---------------------------------------------------------

stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt ( SEMI_COLON simple_stmt )* SEMI_COLON? NEWLINE ;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | yield_stmt
    | import_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    ;

expr_stmt
    : testlist_star_expr annassign                                             # annotatedAssign
    | testlist_star_expr augassign ( yield_expr | testlist )                   # augmentedAssign
    | testlist_star_expr ( ASSIGN ( yield_expr | testlist_star_expr ) )+        # plainAssign
    | testlist_star_expr                                                       # expressionStmt
    ;

annassign : COLON test ( ASSIGN ( yield_expr | testlist_star_expr ) )? ;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN
    | POWER_ASSIGN | IDIV_ASSIGN
    ;

testlist_star_expr : ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA? ;

del_stmt      : DEL exprlist ;
pass_stmt     : PASS ;
break_stmt    : BREAK ;
continue_stmt : CONTINUE ;
return_stmt   : RETURN testlist_star_expr? ;
yield_stmt    : yield_expr ;
raise_stmt    : RAISE ( test ( FROM test )? )? ;
global_stmt   : GLOBAL NAME ( COMMA NAME )* ;
nonlocal_stmt : NONLOCAL NAME ( COMMA NAME )* ;
assert_stmt   : ASSERT test ( COMMA test )? ;

import_stmt : import_name | import_from ;
import_name : IMPORT dotted_as_names ;
import_from
    : FROM ( DOT | ELLIPSIS )* dotted_name IMPORT import_targets
    | FROM ( DOT | ELLIPSIS )+ IMPORT import_targets
    ;
import_targets
    : STAR
    | OPEN_PAREN import_as_names COMMA? CLOSE_PAREN
    | import_as_names
    ;
import_as_name   : NAME ( AS NAME )? ;
dotted_as_name   : dotted_name ( AS NAME )? ;
import_as_names  : import_as_name ( COMMA import_as_name )* ;
dotted_as_names  : dotted_as_name ( COMMA dotted_as_name )* ;
dotted_name      : NAME ( DOT NAME )* ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    ;

if_stmt    : IF namedexpr_test COLON suite ( ELIF namedexpr_test COLON suite )* ( ELSE COLON suite )? ;
while_stmt : WHILE namedexpr_test COLON suite ( ELSE COLON suite )? ;
for_stmt   : FOR exprlist IN testlist COLON suite ( ELSE COLON suite )? ;
try_stmt
    : TRY COLON suite
      ( except_clause+ ( ELSE COLON else_suite=suite )? ( FINALLY COLON finally_suite=suite )?
      | FINALLY COLON finally_only=suite
      )
    ;
except_clause : EXCEPT ( test ( AS NAME )? )? COLON suite ;
with_stmt
    : WITH OPEN_PAREN with_item ( COMMA with_item )* COMMA? CLOSE_PAREN COLON suite
    | WITH with_item ( COMMA with_item )* COLON suite
    ;
with_item  : test ( AS expr )? ;

suite : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

decorated : decorator+ ( classdef | funcdef ) ;
decorator : AT namedexpr_test NEWLINE ;

funcdef    : DEF NAME parameters ( ARROW test )? COLON suite ;
parameters : OPEN_PAREN typedargslist? CLOSE_PAREN ;
classdef   : CLASS NAME ( OPEN_PAREN arglist? CLOSE_PAREN )? COLON suite ;

/*
 * Parameter lists, for def (with annotations) and lambda (without). The order
 * rules (no positional after defaults, one `*`, `**` last) are checked by the
 * tree builder so it can give CPython's messages.
 */
typedargslist : tfpdef_item ( COMMA tfpdef_item )* COMMA? ;
tfpdef_item
    : tfpdef ( ASSIGN test )?     # plainParam
    | STAR tfpdef?                # starParam
    | POWER tfpdef                # kwParam
    | DIV                         # slashParam
    ;
tfpdef : NAME ( COLON test )? ;

varargslist : vfpdef_item ( COMMA vfpdef_item )* COMMA? ;
vfpdef_item
    : NAME ( ASSIGN test )?       # plainLambdaParam
    | STAR NAME?                  # starLambdaParam
    | POWER NAME                  # kwLambdaParam
    | DIV                         # slashLambdaParam
    ;

// ---- expressions ---------------------------------------------------------

namedexpr_test : test ( WALRUS test )? ;

test
    : or_test ( IF or_test ELSE test )?
    | lambdef
    ;
test_nocond : or_test | lambdef_nocond ;
lambdef        : LAMBDA varargslist? COLON test ;
lambdef_nocond : LAMBDA varargslist? COLON test_nocond ;

or_test  : and_test ( OR and_test )* ;
and_test : not_test ( AND not_test )* ;
not_test : NOT not_test | comparison ;

comparison : expr ( comp_op expr )* ;
comp_op
    : LESS_THAN | GREATER_THAN | EQUALS | GT_EQ | LT_EQ | NOT_EQ_1 | NOT_EQ_2
    | IN | NOT IN | IS | IS NOT
    ;

star_expr : STAR expr ;

expr       : xor_expr ( OR_OP xor_expr )* ;
xor_expr   : and_expr ( XOR and_expr )* ;
and_expr   : shift_expr ( AND_OP shift_expr )* ;
shift_expr : arith_expr ( ( LEFT_SHIFT | RIGHT_SHIFT ) arith_expr )* ;
arith_expr : term ( ( ADD | MINUS ) term )* ;
term       : factor ( ( STAR | AT | DIV | MOD | IDIV ) factor )* ;
factor     : ( ADD | MINUS | NOT_OP ) factor | power ;
power      : atom_expr ( POWER factor )? ;
atom_expr  : AWAIT? atom trailer* ;

atom
    : OPEN_PAREN ( yield_expr | testlist_comp )? CLOSE_PAREN     # parenAtom
    | OPEN_BRACK testlist_comp? CLOSE_BRACK                      # listAtom
    | OPEN_BRACE dictorsetmaker? CLOSE_BRACE                     # dictOrSetAtom
    | NAME                                                       # nameAtom
    | number                                                     # numberAtom
    | STRING+                                                    # stringAtom
    | ELLIPSIS                                                   # ellipsisAtom
    | NONE                                                       # noneAtom
    | TRUE                                                       # trueAtom
    | FALSE                                                      # falseAtom
    ;

number : DEC_INTEGER | HEX_INTEGER | OCT_INTEGER | BIN_INTEGER | FLOAT_NUMBER | IMAG_NUMBER ;

testlist_comp
    : ( namedexpr_test | star_expr ) comp_for
    | ( namedexpr_test | star_expr ) ( COMMA ( namedexpr_test | star_expr ) )* COMMA?
    ;

trailer
    : OPEN_PAREN arglist? CLOSE_PAREN     # callTrailer
    | OPEN_BRACK subscriptlist CLOSE_BRACK   # subscriptTrailer
    | DOT NAME                            # attributeTrailer
    ;

subscriptlist : subscript ( COMMA subscript )* COMMA? ;
subscript
    : test? COLON test? sliceop?          # sliceSubscript
    | ( test | star_expr )                # indexSubscript
    ;
sliceop : COLON test? ;

exprlist : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA? ;
testlist : test ( COMMA test )* COMMA? ;

dictorsetmaker
    : dict_item comp_for                                  # dictComprehension
    | dict_item ( COMMA dict_item )* COMMA?               # dictDisplay
    | ( test | star_expr ) comp_for                       # setComprehension
    | ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA?  # setDisplay
    ;
dict_item : test COLON test | POWER expr ;

arglist : argument ( COMMA argument )* COMMA? ;
argument
    : NAME ASSIGN test                    # keywordArgument
    | test comp_for                       # generatorArgument
    | test WALRUS test                    # namedArgument
    | test                                # positionalArgument
    | STAR test                           # starArgument
    | POWER test                          # doubleStarArgument
    ;

comp_for  : ASYNC? FOR exprlist IN or_test comp_iter? ;
comp_iter : comp_for | comp_if ;
comp_if   : IF test_nocond comp_iter? ;

yield_expr : YIELD ( FROM test | testlist_star_expr )? ;
