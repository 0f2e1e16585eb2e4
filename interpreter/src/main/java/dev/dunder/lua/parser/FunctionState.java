package dev.dunder.lua.parser;

import java.util.ArrayList;
import java.util.List;

import dev.dunder.lua.parser.ast.FunctionBody.UpvalueSource;
import dev.dunder.lua.parser.ast.LocalVar;

/**
 * What the tree builder knows about the function being compiled (lparser.c's
 * FuncState): its active local variables, its upvalues, its innermost block, and how
 * many frame slots it needs.
 */
final class FunctionState {
    final FunctionState parent;
    final boolean vararg;
    final List<UpvalueSource> upvalues = new ArrayList<>();
    /** For each upvalue, the variable it finally refers to (null for the main chunk's _ENV): for const checks. */
    final List<LocalVar> upvalueOrigins = new ArrayList<>();
    /** The active local variables, outermost first. */
    final List<LocalVar> actives = new ArrayList<>();
    BlockScope block;
    private int slotCount;

    FunctionState(FunctionState parent, boolean vararg) {
        this.parent = parent;
        this.vararg = vararg;
    }

    int newSlot() {
        return slotCount++;
    }

    int slotCount() {
        return slotCount;
    }

    LocalVar findLocal(String name) {
        for (int i = actives.size() - 1; i >= 0; i--) {
            if (actives.get(i).name().equals(name)) {
                return actives.get(i);
            }
        }
        return null;
    }

    int findUpvalue(String name) {
        for (int i = 0; i < upvalues.size(); i++) {
            if (upvalues.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    int addUpvalue(UpvalueSource source, LocalVar origin) {
        upvalues.add(source);
        upvalueOrigins.add(origin);
        return upvalues.size() - 1;
    }

    /** A block of this function: its locals, labels and pending gotos. */
    static final class BlockScope {
        final BlockScope parent;
        final int activeStart;
        final boolean isLoop;
        final List<PendingGoto> pendingGotos = new ArrayList<>();
        final List<LabelInfo> labels = new ArrayList<>();

        BlockScope(BlockScope parent, int activeStart, boolean isLoop) {
            this.parent = parent;
            this.activeStart = activeStart;
            this.isLoop = isLoop;
        }
    }

    /** A goto not yet matched with a label; {@code activeCount} is how many locals were active at it. */
    static final class PendingGoto {
        final String label;
        final int line;
        int activeCount;

        PendingGoto(String label, int line, int activeCount) {
            this.label = label;
            this.line = line;
            this.activeCount = activeCount;
        }
    }

    record LabelInfo(String name, int line, int activeCount) {
    }
}
