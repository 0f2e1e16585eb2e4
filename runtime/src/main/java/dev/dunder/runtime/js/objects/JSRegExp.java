package dev.dunder.runtime.js.objects;

import java.util.List;
import java.util.regex.Pattern;

import com.oracle.truffle.api.object.Shape;

/**
 * A RegExp instance: [[OriginalSource]], [[OriginalFlags]] and the matcher, here a
 * {@link Pattern} translated from the ECMAScript pattern (see RegExpTranslator), plus
 * the group names in order. {@code lastIndex} is an ordinary own property.
 */
public final class JSRegExp extends JSObject {
    private final String source;
    private final String flags;
    private final Pattern pattern;
    private final List<String> groupNames;
    private final int groupCount;

    public JSRegExp(Shape shape, String source, String flags, Pattern pattern, List<String> groupNames, int groupCount) {
        super(shape);
        this.source = source;
        this.flags = flags;
        this.pattern = pattern;
        this.groupNames = groupNames;
        this.groupCount = groupCount;
    }

    public String getSource() {
        return source;
    }

    public String getFlags() {
        return flags;
    }

    public Pattern getPattern() {
        return pattern;
    }

    /** Names of the capture groups by number (index 0 unused; null for unnamed groups). */
    public List<String> getGroupNames() {
        return groupNames;
    }

    public int getGroupCount() {
        return groupCount;
    }

    public boolean hasFlag(char f) {
        return flags.indexOf(f) >= 0;
    }

    @Override
    public String getBuiltinTag() {
        return "RegExp";
    }
}
