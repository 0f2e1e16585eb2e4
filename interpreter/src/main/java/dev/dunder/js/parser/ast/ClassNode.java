package dev.dunder.js.parser.ast;

import java.util.List;

/**
 * A class declaration or expression: sugar over a constructor function, its
 * {@code prototype}, and property definitions on both (ECMA-262 §15.7).
 */
public final class ClassNode {
    public final int pos;
    /** The binding name, or the name given by an assignment ({@code const A = class {}}), or "". */
    public String name;
    /** True when {@code name} is the class's own binding (visible inside the class body). */
    public final boolean hasBinding;
    public final Expr superClass;
    public final FunctionNode constructor;
    public final List<Member> members;
    public final int start;
    public final int end;

    public ClassNode(int pos, String name, boolean hasBinding, Expr superClass, FunctionNode constructor, List<Member> members, int start, int end) {
        this.pos = pos;
        this.name = name;
        this.hasBinding = hasBinding;
        this.superClass = superClass;
        this.constructor = constructor;
        this.members = members;
        this.start = start;
        this.end = end;
    }

    public sealed interface Member {
        boolean isStatic();
    }

    /** A method, getter or setter ({@code function.kind} says which). */
    public record Method(boolean isStatic, PropKey key, FunctionNode function) implements Member {
    }

    /** A field; its initializer, if any, is a FIELD_INITIALIZER function returning the value. */
    public record Field(boolean isStatic, PropKey key, FunctionNode initializer) implements Member {
    }

    public record StaticBlock(FunctionNode body) implements Member {
        @Override
        public boolean isStatic() {
            return true;
        }
    }
}
