package dev.dunder.runtime.python.builtins;

/** Float→int conversion for the formatting code in ops. */
public final class IntParsingBridge {
    private IntParsingBridge() {
    }

    public static Object floatToInt(double d) {
        return FloatParsing.toInt(d);
    }
}
