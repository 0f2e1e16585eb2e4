package dev.dunder.runtime.python.builtins;

/**
 * Fills the builtin classes' dicts with their methods, once per JVM (the classes
 * are immutable and shared by every context).
 */
public final class BuiltinTypes {
    private static volatile boolean installed;

    private BuiltinTypes() {
    }

    public static void ensureInstalled() {
        if (installed) {
            return;
        }
        synchronized (BuiltinTypes.class) {
            if (installed) {
                return;
            }
            ObjectType.install();
            TypeType.install();
            NumberTypes.install();
            ComplexType.install();
            StrType.install();
            ListType.install();
            DictType.install();
            SetType.install();
            RangeSliceTypes.install();
            FunctionTypes.install();
            DescriptorTypes.install();
            ExceptionTypes.install();
            ExceptionTypes.installTraceback();
            IteratorTypes.install();
            SysModule.installTypes();
            DunderModule.installTypes();
            installed = true;
        }
    }
}
