package dev.dunder.python.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One namespace of a program (CPython's symtable entry): the module, a function or
 * lambda, a class body, or a comprehension, and what each name used in it is.
 */
final class Scope {
    enum Kind {
        MODULE,
        FUNCTION,
        CLASS,
        COMPREHENSION
    }

    /** How a name is stored and found. */
    enum Symbol {
        /** A function local in a frame slot. */
        LOCAL,
        /** A function local captured by an inner scope: a Cell in a frame slot. */
        CELL,
        /** A variable of an enclosing function, reached through a closure Cell. */
        FREE,
        /** A module global (declared or implicit). */
        GLOBAL,
        /** Module/class/exec namespace lookup (LOAD_NAME). */
        NAME,
        /** Class body reading an enclosing function's variable: namespace, then the cell (LOAD_CLASSDEREF). */
        CLASS_FREE
    }

    final Kind kind;
    final String name;
    final Scope parent;
    final LinkedHashSet<String> bound = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new HashSet<>();
    final Set<String> declaredNonlocal = new HashSet<>();
    /** Where each nonlocal declaration is, for "no binding for nonlocal" errors. */
    final Map<String, dev.dunder.python.parser.ast.Pos> nonlocalPos = new HashMap<>();
    final LinkedHashSet<String> used = new LinkedHashSet<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    boolean generator;
    /** The scope mentions {@code super} or {@code __class__}: it needs the class cell. */
    boolean usesClassCell;
    final Map<String, Symbol> symbols = new HashMap<>();
    final LinkedHashSet<String> cellVars = new LinkedHashSet<>();
    final LinkedHashSet<String> freeVars = new LinkedHashSet<>();
    String qualname;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    Symbol symbol(String n) {
        Symbol s = symbols.get(n);
        if (s != null) {
            return s;
        }
        switch (kind) {
            case MODULE:
                return Symbol.GLOBAL;
            case CLASS:
                return Symbol.NAME;
            default:
                return Symbol.GLOBAL;
        }
    }
}
