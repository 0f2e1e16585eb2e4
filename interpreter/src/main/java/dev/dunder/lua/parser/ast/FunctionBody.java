package dev.dunder.lua.parser.ast;

import java.util.List;

/**
 * A function's code: parameters, body, and the frame it needs. {@code upvalues} says
 * where each upvalue comes from when the closure is created: a captured local of the
 * enclosing function, or one of the enclosing function's own upvalues.
 */
public record FunctionBody(String name, int line, int endLine, List<LocalVar> params, boolean isVararg, int varargSlot,
                Block body, int slotCount, List<UpvalueSource> upvalues) {

    /** Where an upvalue comes from: {@code local} (captured in the parent's frame) or the parent's upvalue {@code index}. */
    public record UpvalueSource(String name, LocalVar local, int index) {
    }
}
