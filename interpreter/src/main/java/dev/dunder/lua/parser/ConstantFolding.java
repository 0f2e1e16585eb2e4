package dev.dunder.lua.parser;

import dev.dunder.lua.parser.ast.Expr;
import dev.dunder.lua.parser.ast.Expr.BinaryOp;
import dev.dunder.lua.parser.ast.Expr.UnaryOp;
import dev.dunder.runtime.lua.model.LuaOp;
import dev.dunder.runtime.lua.model.LuaOperators;

/**
 * Lua's constant folding (lcode.c's constfolding): arithmetic and bitwise operators on
 * numeric constants are computed at compile time, unless that would raise an error or
 * give NaN or a float zero, which Lua leaves to run time. It matters for
 * {@code <const>} variables: {@code local k <const> = 2^10} is a compile-time constant.
 */
final class ConstantFolding {
    private ConstantFolding() {
    }

    private static boolean isNumber(Expr e) {
        return e instanceof Expr.Constant c && (c.value() instanceof Long || c.value() instanceof Double);
    }

    static Expr negate(int line, Expr operand) {
        if (isNumber(operand)) {
            Object v = ((Expr.Constant) operand).value();
            Object r = v instanceof Long l ? (Object) (-l) : (Object) (-(Double) v);
            if (acceptable(r)) {
                return new Expr.Constant(line, r);
            }
        }
        return new Expr.Unary(line, UnaryOp.NEG, operand);
    }

    static Expr bitwiseNot(int line, Expr operand) {
        if (isNumber(operand)) {
            try {
                Object r = LuaOperators.bitwiseNot(((Expr.Constant) operand).value());
                return new Expr.Constant(line, r);
            } catch (RuntimeException e) {
                // not foldable: the error is raised at run time
            }
        }
        return new Expr.Unary(line, UnaryOp.BNOT, operand);
    }

    static Expr binary(int line, BinaryOp op, Expr left, Expr right) {
        LuaOp arith = arithmetic(op);
        if (arith != null && isNumber(left) && isNumber(right)) {
            Object a = ((Expr.Constant) left).value();
            Object b = ((Expr.Constant) right).value();
            boolean divides = arith == LuaOp.DIV || arith == LuaOp.IDIV || arith == LuaOp.MOD;
            if (!(divides && ((Number) b).doubleValue() == 0)) {
                try {
                    Object r = LuaOperators.onNumbers(arith, a, b);
                    if (acceptable(r)) {
                        return new Expr.Constant(line, r);
                    }
                } catch (RuntimeException e) {
                    // an integer conversion error: raised at run time
                }
            }
        }
        return new Expr.Binary(line, op, left, right);
    }

    private static boolean acceptable(Object r) {
        return !(r instanceof Double d) || (!d.isNaN() && d != 0.0);
    }

    static LuaOp arithmetic(BinaryOp op) {
        return switch (op) {
            case ADD -> LuaOp.ADD;
            case SUB -> LuaOp.SUB;
            case MUL -> LuaOp.MUL;
            case DIV -> LuaOp.DIV;
            case MOD -> LuaOp.MOD;
            case POW -> LuaOp.POW;
            case IDIV -> LuaOp.IDIV;
            case BAND -> LuaOp.BAND;
            case BOR -> LuaOp.BOR;
            case BXOR -> LuaOp.BXOR;
            case SHL -> LuaOp.SHL;
            case SHR -> LuaOp.SHR;
            default -> null;
        };
    }
}
