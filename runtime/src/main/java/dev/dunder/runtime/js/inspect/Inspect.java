package dev.dunder.runtime.js.inspect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.ArrayIndex;
import dev.dunder.runtime.js.objects.FunctionData;
import dev.dunder.runtime.js.objects.JSArgumentsObject;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSCollection;
import dev.dunder.runtime.js.objects.JSError;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSIteratorObject;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSPrimitiveObject;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.JSRegExp;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.JSWeakCollection;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.OrderedTable;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.NumberToString;

/**
 * Node's {@code util.inspect} with its default options (depth 2, 80 columns,
 * compact 3, at most 100 array items): how {@code console.log} shows values.
 * The structure follows Node's lib/internal/util/inspect.js function by function
 * (formatValue, formatRaw, formatProperty, reduceToSingleString,
 * groupArrayElements), because the exact line-breaking decisions are part of what
 * programs print.
 */
public final class Inspect {
    private static final int OBJECT_TYPE = 0;
    private static final int ARRAY_TYPE = 1;
    private static final int ARRAY_EXTRAS_TYPE = 2;
    private static final int MIN_LINE_LENGTH = 16;

    /** The state of one inspection (Node's ctx). */
    static final class Ctx {
        int indentationLvl;
        int currentDepth;
        int depth = 2;
        int breakLength = 80;
        int compact = 3;
        int maxArrayLength = 100;
        int maxStringLength = 10000;
        final List<Object> seen = new ArrayList<>();
        Map<Object, Integer> circular;
        java.util.Set<Integer> seenRefs;
    }

    private Inspect() {
    }

    /** util.inspect(value) with the default options. */
    @TruffleBoundary
    public static String inspect(Object value) {
        return formatValue(new Ctx(), value, 0);
    }

    /** util.inspect(value, {depth}) as console.dir and %o use it. */
    @TruffleBoundary
    public static String inspect(Object value, int depth) {
        Ctx ctx = new Ctx();
        ctx.depth = depth;
        return formatValue(ctx, value, 0);
    }

    // ---- formatValue ----------------------------------------------------------------------------

    static String formatValue(Ctx ctx, Object value, int recurseTimes) {
        if (dev.dunder.runtime.js.interop.JSInterop.isForeign(value)) {
            // another language's object shows as its own language displays it
            return dev.dunder.runtime.js.interop.ForeignAccess.display(value);
        }
        if (!(value instanceof JSObject)) {
            return formatPrimitive(value, ctx);
        }
        JSObject obj = (JSObject) value;
        if (obj instanceof JSProxy p) {
            if (p.isRevoked()) {
                return "<Revoked Proxy>";
            }
            obj = p.getTarget();
            while (obj instanceof JSProxy inner) {
                if (inner.isRevoked()) {
                    return "<Revoked Proxy>";
                }
                obj = inner.getTarget();
            }
        }
        if (containsIdentity(ctx.seen, obj)) {
            int index = 1;
            if (ctx.circular == null) {
                ctx.circular = new IdentityHashMap<>();
                ctx.circular.put(obj, index);
            } else {
                Integer i = ctx.circular.get(obj);
                if (i == null) {
                    index = ctx.circular.size() + 1;
                    ctx.circular.put(obj, index);
                } else {
                    index = i;
                }
            }
            return "[Circular *" + index + "]";
        }
        return formatRaw(ctx, obj, recurseTimes);
    }

    private static boolean containsIdentity(List<Object> list, Object o) {
        for (Object x : list) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    // ---- formatRaw ------------------------------------------------------------------------------

    private interface Formatter {
        List<String> format(Ctx ctx, JSObject value, int recurseTimes);
    }

    private static String formatRaw(Ctx ctx, JSObject value, int recurseTimes) {
        String constructor = getConstructorName(value, ctx, recurseTimes);
        String tag = "";
        Object tagValue = safeGet(value, JSSymbol.TO_STRING_TAG);
        if (tagValue instanceof String t && !t.isEmpty()) {
            PropertyDescriptor own = value.getOwnProperty(JSSymbol.TO_STRING_TAG);
            if (own == null || !own.enumerable) {
                tag = t;
            }
        }
        String base = "";
        Formatter formatter = (c, v, r) -> new ArrayList<>();
        String[] braces;
        List<Object> keys;
        int extrasType = OBJECT_TYPE;
        boolean noIterator = true;

        if (value.hasProperty(JSSymbol.ITERATOR) || constructor == null) {
            noIterator = false;
            if (value instanceof JSArray arr) {
                String prefix = !"Array".equals(constructor) || !tag.isEmpty() ? getPrefix(constructor, tag, "Array", "(" + arr.getLength() + ")") : "";
                keys = nonIndexKeys(value);
                braces = new String[]{prefix + "[", "]"};
                if (arr.getLength() == 0 && keys.isEmpty()) {
                    return braces[0] + "]";
                }
                extrasType = ARRAY_EXTRAS_TYPE;
                formatter = Inspect::formatArray;
            } else if (value instanceof JSCollection col && !col.isMap()) {
                int size = col.getTable().size();
                String prefix = getPrefix(constructor, tag, "Set", "(" + size + ")");
                keys = getKeys(value);
                formatter = Inspect::formatSet;
                if (size == 0 && keys.isEmpty()) {
                    return prefix + "{}";
                }
                braces = new String[]{prefix + "{", "}"};
            } else if (value instanceof JSCollection col && col.isMap()) {
                int size = col.getTable().size();
                String prefix = getPrefix(constructor, tag, "Map", "(" + size + ")");
                keys = getKeys(value);
                formatter = Inspect::formatMap;
                if (size == 0 && keys.isEmpty()) {
                    return prefix + "{}";
                }
                braces = new String[]{prefix + "{", "}"};
            } else if (value instanceof JSIteratorObject it && (it.getTag().equals("Map Iterator") || it.getTag().equals("Set Iterator"))) {
                keys = getKeys(value);
                String type = it.getTag().startsWith("Map") ? "Map" : "Set";
                braces = iteratorBraces(type, tag);
                formatter = Inspect::formatIterator;
            } else {
                noIterator = true;
                keys = null;
                braces = null;
            }
        } else {
            keys = null;
            braces = null;
        }
        if (noIterator) {
            keys = getKeys(value);
            braces = new String[]{"{", "}"};
            if ("Object".equals(constructor)) {
                if (value instanceof JSArgumentsObject) {
                    braces[0] = "[Arguments] {";
                } else if (!tag.isEmpty()) {
                    braces[0] = getPrefix(constructor, tag, "Object", "") + "{";
                }
                if (keys.isEmpty()) {
                    return braces[0] + "}";
                }
            } else if (value.isCallable()) {
                base = getFunctionBase(value, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof JSRegExp re) {
                base = "/" + re.getSource() + "/" + re.getFlags();
                String prefix = getPrefix(constructor, tag, "RegExp", "");
                if (!prefix.equals("RegExp ")) {
                    base = prefix + base;
                }
                if (keys.isEmpty() || recurseTimes > ctx.depth) {
                    return base;
                }
            } else if (value instanceof dev.dunder.runtime.js.objects.JSDate date) {
                base = Double.isNaN(date.getTime()) ? "Invalid Date" : dev.dunder.runtime.js.builtins.DateBuiltins.toISO(date.getTime());
                String prefix = getPrefix(constructor, tag, "Date", "");
                if (!prefix.equals("Date ")) {
                    base = prefix + base;
                }
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof JSError err) {
                base = formatError(err, constructor, tag, ctx, keys);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof JSWeakCollection wc) {
                braces[0] = getPrefix(constructor, tag, wc.isMap() ? "WeakMap" : "WeakSet", "") + "{";
                formatter = (c, v, r) -> {
                    List<String> out = new ArrayList<>();
                    out.add("<items unknown>");
                    return out;
                };
            } else if (value instanceof JSPrimitiveObject po) {
                base = getBoxedBase(po, ctx, keys, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else {
                if (keys.isEmpty()) {
                    return getCtxStyle(value, constructor, tag) + "{}";
                }
                braces[0] = getCtxStyle(value, constructor, tag) + "{";
            }
        }

        if (recurseTimes > ctx.depth) {
            String name = getCtxStyle(value, constructor, tag);
            name = name.substring(0, name.length() - 1);
            if (constructor != null) {
                name = "[" + name + "]";
            }
            return name;
        }
        recurseTimes++;
        ctx.seen.add(value);
        ctx.currentDepth = recurseTimes;
        List<String> output;
        int indentationLvl = ctx.indentationLvl;
        try {
            output = formatter.format(ctx, value, recurseTimes);
            for (Object key : keys) {
                output.add(formatProperty(ctx, value, recurseTimes, key, extrasType));
            }
        } catch (StackOverflowError e) {
            String name = getCtxStyle(value, constructor, tag);
            ctx.seen.remove(ctx.seen.size() - 1);
            ctx.indentationLvl = indentationLvl;
            return "[" + name.substring(0, name.length() - 1) + ": Inspection interrupted prematurely. Maximum call stack size exceeded.]";
        }
        if (ctx.circular != null) {
            Integer index = ctx.circular.get(value);
            if (index != null) {
                String reference = "<ref *" + index + ">";
                base = base.isEmpty() ? reference : reference + " " + base;
            }
        }
        ctx.seen.remove(ctx.seen.size() - 1);
        return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    }

    private static String[] iteratorBraces(String type, String tag) {
        String t = tag;
        if (!t.equals(type + " Iterator")) {
            if (!t.isEmpty()) {
                t += "] [";
            }
            t += type + " Iterator";
        }
        return new String[]{"[" + t + "] {", "}"};
    }

    /** A property read during inspection; a throwing getter reads as undefined. */
    private static Object safeGet(JSObject o, Object key) {
        try {
            return o.get(key, o);
        } catch (JSException e) {
            return Undefined.INSTANCE;
        }
    }

    // ---- names and prefixes ---------------------------------------------------------------------

    /** The constructor name Node shows (the first {@code constructor} on the chain that fits), or null for a null-prototype chain. */
    static String getConstructorName(JSObject obj, Ctx ctx, int recurseTimes) {
        JSObject firstProto = null;
        boolean first = true;
        JSObject o = obj;
        while (o != null) {
            PropertyDescriptor d = o.getOwnProperty("constructor");
            if (d != null && d.isDataDescriptor() && d.value instanceof JSObject f && f.isCallable()) {
                Object name = safeGet(f, "name");
                if (name instanceof String n && !n.isEmpty() && isInstanceof(obj, f)) {
                    return n;
                }
            }
            o = o.getPrototypeOf();
            if (first) {
                firstProto = o;
                first = false;
            }
        }
        if (firstProto == null) {
            return null;
        }
        String res = internalConstructorName(obj);
        if (recurseTimes > ctx.depth) {
            return res + " <Complex prototype>";
        }
        String protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1);
        if (protoConstr == null) {
            Ctx c = new Ctx();
            c.depth = -1;
            return res + " <" + formatValue(c, firstProto, 0) + ">";
        }
        return res + " <" + protoConstr + ">";
    }

    private static boolean isInstanceof(JSObject o, JSObject f) {
        try {
            return JSRuntime.instanceOf(o, f);
        } catch (JSException e) {
            return false;
        }
    }

    private static String internalConstructorName(JSObject o) {
        String tag = o.getBuiltinTag();
        return tag;
    }

    private static String getPrefix(String constructor, String tag, String fallback, String size) {
        if (constructor == null) {
            if (!tag.isEmpty() && !fallback.equals(tag)) {
                return "[" + fallback + size + ": null prototype] [" + tag + "] ";
            }
            return "[" + fallback + size + ": null prototype] ";
        }
        if (!tag.isEmpty() && !constructor.equals(tag)) {
            return constructor + size + " [" + tag + "] ";
        }
        return constructor + size + " ";
    }

    private static String getCtxStyle(JSObject value, String constructor, String tag) {
        String fallback = "";
        if (constructor == null) {
            fallback = internalConstructorName(value);
            if (fallback.equals(tag)) {
                fallback = "Object";
            }
        }
        return getPrefix(constructor, tag, fallback, "");
    }

    // ---- keys ------------------------------------------------------------------------------------

    /** Own enumerable string keys, then enumerable symbols (Object.keys plus symbols). */
    private static List<Object> getKeys(JSObject value) {
        List<Object> keys = new ArrayList<>();
        List<Object> symbols = new ArrayList<>();
        for (Object k : value.ownPropertyKeys()) {
            PropertyDescriptor d = value.getOwnProperty(k);
            if (d == null || !d.enumerable) {
                continue;
            }
            if (k instanceof JSSymbol) {
                symbols.add(k);
            } else {
                keys.add(k);
            }
        }
        keys.addAll(symbols);
        return keys;
    }

    private static List<Object> nonIndexKeys(JSObject value) {
        List<Object> keys = new ArrayList<>();
        for (Object k : getKeys(value)) {
            if (!(k instanceof String s) || ArrayIndex.parse(s) < 0) {
                keys.add(k);
            }
        }
        return keys;
    }

    // ---- special objects -------------------------------------------------------------------------

    private static String getFunctionBase(JSObject value, String constructor, String tag) {
        if (value instanceof JSFunction f && f.isClassConstructor()) {
            return getClassBase(f, constructor, tag);
        }
        String type = "Function";
        if (value instanceof JSFunction f && f.getData().getKind() == FunctionData.Kind.GENERATOR) {
            type = "GeneratorFunction";
        }
        StringBuilder base = new StringBuilder("[").append(type);
        if (constructor == null) {
            base.append(" (null prototype)");
        }
        Object name = safeGet(value, "name");
        if ("".equals(name) || !(name instanceof String)) {
            base.append(" (anonymous)");
        } else {
            base.append(": ").append(name);
        }
        base.append(']');
        if (constructor != null && !constructor.equals(type) && !constructor.equals("Function")) {
            base.append(' ').append(constructor);
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        return base.toString();
    }

    private static String getClassBase(JSFunction value, String constructor, String tag) {
        PropertyDescriptor own = value.getOwnProperty("name");
        Object n = own == null ? null : safeGet(value, "name");
        String name = n instanceof String s && !s.isEmpty() ? s : "(anonymous)";
        StringBuilder base = new StringBuilder("class ").append(name);
        if (constructor != null && !constructor.equals("Function")) {
            base.append(" [").append(constructor).append(']');
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        if (constructor != null) {
            JSObject proto = value.getPrototypeOf();
            Object superName = proto == null ? null : safeGet(proto, "name");
            if (superName instanceof String s && !s.isEmpty()) {
                base.append(" extends ").append(s);
            }
        } else {
            base.append(" extends [null prototype]");
        }
        return "[" + base + "]";
    }

    private static String getBoxedBase(JSPrimitiveObject value, Ctx ctx, List<Object> keys, String constructor, String tag) {
        Object prim = value.getPrimitive();
        String type;
        if (prim instanceof Double || prim instanceof Integer) {
            type = "Number";
        } else if (prim instanceof String s) {
            type = "String";
            keys.subList(0, Math.min(keys.size(), countIndexKeys(keys, s.length()))).clear();
        } else if (prim instanceof Boolean) {
            type = "Boolean";
        } else {
            type = "Symbol";
        }
        StringBuilder base = new StringBuilder("[").append(type);
        if (!type.equals(constructor)) {
            if (constructor == null) {
                base.append(" (null prototype)");
            } else {
                base.append(" (").append(constructor).append(')');
            }
        }
        Ctx plain = new Ctx();
        base.append(": ").append(formatPrimitive(prim, plain)).append(']');
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        return base.toString();
    }

    private static int countIndexKeys(List<Object> keys, int max) {
        int n = 0;
        for (Object k : keys) {
            if (n < max && k instanceof String s && ArrayIndex.parse(s) >= 0) {
                n++;
            } else {
                break;
            }
        }
        return n;
    }

    private static String formatError(JSError err, String constructor, String tag, Ctx ctx, List<Object> keys) {
        Object nameValue = safeGet(err, "name");
        String name = JSRuntime.isNullish(nameValue) ? "Error" : safeToString(nameValue);
        Object stackValue = safeGet(err, "stack");
        String stack = stackValue instanceof String s && !s.isEmpty() ? s : dev.dunder.runtime.js.model.ErrorFormat.errorToString(err);
        // removeDuplicateErrorKeys
        for (String k : new String[]{"name", "message", "stack"}) {
            int index = keys.indexOf(k);
            if (index != -1) {
                Object v = safeGet(err, k);
                if (v instanceof String sv && stack.contains(sv)) {
                    keys.remove(index);
                }
            }
        }
        if (err.hasProperty("cause") && !keys.contains("cause")) {
            keys.add("cause");
        }
        stack = improveStack(stack, constructor, name, tag);
        Object msg = safeGet(err, "message");
        int pos = -1;
        if (msg instanceof String m && !m.isEmpty()) {
            pos = stack.indexOf(m);
            if (pos != -1) {
                pos += m.length();
            }
        }
        int stackStart = stack.indexOf("\n    at", Math.max(pos, 0));
        if (stackStart == -1) {
            stack = "[" + stack + "]";
        }
        if (ctx.indentationLvl != 0) {
            stack = stack.replace("\n", "\n" + " ".repeat(ctx.indentationLvl));
        }
        return stack;
    }

    private static String improveStack(String stack, String constructor, String name, String tag) {
        int len = name.length();
        if (constructor == null || (name.endsWith("Error") && stack.startsWith(name)
                        && (stack.length() == len || stack.charAt(len) == ':' || stack.charAt(len) == '\n'))) {
            String fallback = "Error";
            if (constructor == null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Z][a-z_ A-Z0-9\\[\\]()-]+)(?::|\\n {4}at)").matcher(stack);
                java.util.regex.Matcher m2 = java.util.regex.Pattern.compile("^([a-z_A-Z0-9-]*Error)$").matcher(stack);
                fallback = m.find() ? m.group(1) : m2.find() ? m2.group(1) : "";
                len = fallback.length();
                if (fallback.isEmpty()) {
                    fallback = "Error";
                }
            }
            String prefix = getPrefix(constructor, tag, fallback, "");
            prefix = prefix.substring(0, prefix.length() - 1);
            if (!name.equals(prefix)) {
                if (prefix.contains(name)) {
                    if (len == 0) {
                        stack = prefix + ": " + stack;
                    } else {
                        stack = prefix + stack.substring(len);
                    }
                } else {
                    stack = prefix + " [" + name + "]" + stack.substring(len);
                }
            }
        }
        return stack;
    }

    private static String safeToString(Object v) {
        try {
            return Conversions.toString(v);
        } catch (JSException e) {
            return "Error";
        }
    }

    // ---- collections -----------------------------------------------------------------------------

    private static List<String> formatArray(Ctx ctx, JSObject value, int recurseTimes) {
        JSArray arr = (JSArray) value;
        long valLen = arr.getLength();
        int len = (int) Math.min(Math.max(0, ctx.maxArrayLength), valLen);
        long remaining = valLen - len;
        List<String> output = new ArrayList<>();
        for (int i = 0; i < len; i++) {
            if (arr.getElementSlot(i) == null) {
                return formatSpecialArray(ctx, arr, recurseTimes, len, output, i);
            }
            output.add(formatProperty(ctx, value, recurseTimes, Integer.toString(i), ARRAY_TYPE));
        }
        if (remaining > 0) {
            output.add(remainingText(remaining));
        }
        return output;
    }

    private static List<String> formatSpecialArray(Ctx ctx, JSArray value, int recurseTimes, int maxLength, List<String> output, int start) {
        List<Long> indices = value.elementIndices();
        long index = start;
        int i = 0;
        while (i < indices.size() && indices.get(i) < start) {
            i++;
        }
        for (; i < indices.size() && output.size() < maxLength; i++) {
            long tmp = indices.get(i);
            if (index != tmp) {
                long emptyItems = tmp - index;
                output.add("<" + emptyItems + " empty item" + (emptyItems > 1 ? "s" : "") + ">");
                index = tmp;
                if (output.size() == maxLength) {
                    break;
                }
            }
            output.add(formatProperty(ctx, value, recurseTimes, Long.toString(tmp), ARRAY_TYPE));
            index++;
        }
        long remaining = value.getLength() - index;
        if (output.size() != maxLength) {
            if (remaining > 0) {
                output.add("<" + remaining + " empty item" + (remaining > 1 ? "s" : "") + ">");
            }
        } else if (remaining > 0) {
            output.add(remainingText(remaining));
        }
        return output;
    }

    private static String remainingText(long remaining) {
        return "... " + remaining + " more item" + (remaining > 1 ? "s" : "");
    }

    private static List<String> formatSet(Ctx ctx, JSObject value, int recurseTimes) {
        OrderedTable table = ((JSCollection) value).getTable();
        int length = table.size();
        int maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
        List<String> output = new ArrayList<>();
        ctx.indentationLvl += 2;
        int n = 0;
        for (int slot = 0; slot < table.slots() && n < maxLength; slot++) {
            if (table.isLive(slot)) {
                output.add(formatValue(ctx, table.keyAt(slot), recurseTimes));
                n++;
            }
        }
        if (length - maxLength > 0) {
            output.add(remainingText(length - maxLength));
        }
        ctx.indentationLvl -= 2;
        return output;
    }

    private static List<String> formatMap(Ctx ctx, JSObject value, int recurseTimes) {
        OrderedTable table = ((JSCollection) value).getTable();
        int length = table.size();
        int maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
        List<String> output = new ArrayList<>();
        ctx.indentationLvl += 2;
        int n = 0;
        for (int slot = 0; slot < table.slots() && n < maxLength; slot++) {
            if (table.isLive(slot)) {
                output.add(formatValue(ctx, table.keyAt(slot), recurseTimes) + " => " + formatValue(ctx, table.valueAt(slot), recurseTimes));
                n++;
            }
        }
        if (length - maxLength > 0) {
            output.add(remainingText(length - maxLength));
        }
        ctx.indentationLvl -= 2;
        return output;
    }

    /** Map and Set iterators show the entries they have left. */
    private static List<String> formatIterator(Ctx ctx, JSObject value, int recurseTimes) {
        JSIteratorObject it = (JSIteratorObject) value;
        List<String> output = new ArrayList<>();
        if (!(it.getIterated() instanceof JSCollection col)) {
            return output;
        }
        OrderedTable table = col.getTable();
        boolean entries = it.getKind() == JSIteratorObject.Kind.ENTRIES;
        ctx.indentationLvl += 2;
        for (int slot = (int) it.getPosition(); slot < table.slots(); slot++) {
            if (!table.isLive(slot)) {
                continue;
            }
            Object k = table.keyAt(slot);
            Object v = col.isMap() ? table.valueAt(slot) : k;
            if (entries) {
                List<String> pair = new ArrayList<>();
                pair.add(formatValue(ctx, k, recurseTimes));
                pair.add(formatValue(ctx, v, recurseTimes));
                output.add(reduceToSingleString(ctx, pair, "", new String[]{"[", "]"}, ARRAY_EXTRAS_TYPE, recurseTimes, null));
            } else {
                output.add(formatValue(ctx, it.getKind() == JSIteratorObject.Kind.KEYS ? k : v, recurseTimes));
            }
        }
        ctx.indentationLvl -= 2;
        return output;
    }

    // ---- properties ------------------------------------------------------------------------------

    private static String formatProperty(Ctx ctx, JSObject value, int recurseTimes, Object key, int type) {
        String name;
        String str;
        PropertyDescriptor desc = value.getOwnProperty(key);
        if (desc == null) {
            desc = PropertyDescriptor.data(safeGet(value, key), true, true, true);
        }
        if (desc.isDataDescriptor()) {
            int diff = 2;
            ctx.indentationLvl += diff;
            str = formatValue(ctx, desc.value, recurseTimes);
            ctx.indentationLvl -= diff;
        } else if (desc.get != Undefined.INSTANCE && desc.get != null) {
            str = desc.set != Undefined.INSTANCE && desc.set != null ? "[Getter/Setter]" : "[Getter]";
        } else if (desc.set != Undefined.INSTANCE && desc.set != null) {
            str = "[Setter]";
        } else {
            str = "undefined";
        }
        if (type == ARRAY_TYPE) {
            return str;
        }
        if (key instanceof JSSymbol sym) {
            name = "[" + escapeControls(sym.toString()) + "]";
        } else if ("__proto__".equals(key)) {
            name = "['__proto__']";
        } else if (!desc.enumerable) {
            name = "[" + escapeControls((String) key) + "]";
        } else if (isIdentifierKey((String) key)) {
            name = (String) key;
        } else {
            name = strEscape((String) key);
        }
        return name + ": " + str;
    }

    private static boolean isIdentifierKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        char c0 = key.charAt(0);
        if (!(c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z' || c0 == '_')) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    // ---- layout ------------------------------------------------------------------------------------

    private static boolean isBelowBreakLength(Ctx ctx, List<String> output, int start, String base) {
        int totalLength = output.size() + start;
        if (totalLength + output.size() > ctx.breakLength) {
            return false;
        }
        for (String s : output) {
            totalLength += s.length();
            if (totalLength > ctx.breakLength) {
                return false;
            }
        }
        return base.isEmpty() || !base.contains("\n");
    }

    private static String reduceToSingleString(Ctx ctx, List<String> output, String base, String[] braces, int extrasType, int recurseTimes, JSObject value) {
        int entries = output.size();
        if (extrasType == ARRAY_EXTRAS_TYPE && entries > 6) {
            output = groupArrayElements(ctx, output, value);
        }
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries == output.size()) {
            int start = output.size() + ctx.indentationLvl + braces[0].length() + base.length() + 10;
            if (isBelowBreakLength(ctx, output, start, base)) {
                String joined = String.join(", ", output);
                if (!joined.contains("\n")) {
                    return (base.isEmpty() ? "" : base + " ") + braces[0] + " " + joined + " " + braces[1];
                }
            }
        }
        String indentation = "\n" + " ".repeat(ctx.indentationLvl);
        return (base.isEmpty() ? "" : base + " ") + braces[0] + indentation + "  " + String.join("," + indentation + "  ", output) + indentation + braces[1];
    }

    private static List<String> groupArrayElements(Ctx ctx, List<String> output, JSObject value) {
        int totalLength = 0;
        int maxLength = 0;
        int outputLength = output.size();
        if (ctx.maxArrayLength < output.size()) {
            outputLength--;
        }
        int separatorSpace = 2;
        int[] dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++) {
            int len = stringWidth(output.get(i));
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) {
                maxLength = len;
            }
        }
        int actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && ((double) totalLength / actualMax > 5 || maxLength <= 6)) {
            double approxCharHeights = 2.5;
            double averageBias = Math.sqrt(actualMax - (double) totalLength / output.size());
            double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
            int columns = (int) Math.min(Math.min(Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                            Math.floor((ctx.breakLength - ctx.indentationLvl) / (double) actualMax)), Math.min(ctx.compact * 4, 15));
            if (columns <= 1) {
                return output;
            }
            List<String> tmp = new ArrayList<>();
            int[] maxLineLength = new int[columns];
            for (int i = 0; i < columns; i++) {
                int lineMaxLength = 0;
                for (int j = i; j < output.size(); j += columns) {
                    if (j < outputLength && dataLen[j] > lineMaxLength) {
                        lineMaxLength = dataLen[j];
                    }
                }
                maxLineLength[i] = lineMaxLength + separatorSpace;
            }
            boolean padStart = true;
            if (value instanceof JSArray arr) {
                for (int i = 0; i < output.size(); i++) {
                    Object v = arr.getElementSlot(i);
                    if (!(v instanceof Double || v instanceof Integer)) {
                        padStart = false;
                        break;
                    }
                }
            }
            for (int i = 0; i < outputLength; i += columns) {
                int max = Math.min(i + columns, outputLength);
                StringBuilder str = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++) {
                    int padding = maxLineLength[j - i] + output.get(j).length() - dataLen[j];
                    str.append(pad(output.get(j) + ", ", padding, padStart));
                }
                if (padStart) {
                    int padding = maxLineLength[j - i] + output.get(j).length() - dataLen[j] - separatorSpace;
                    str.append(pad(output.get(j), padding, true));
                } else {
                    str.append(output.get(j));
                }
                tmp.add(str.toString());
            }
            if (ctx.maxArrayLength < output.size()) {
                tmp.add(output.get(outputLength));
            }
            return tmp;
        }
        return output;
    }

    private static String pad(String s, int width, boolean start) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return start ? spaces + s : s + spaces;
    }

    /** Display width: wide East Asian characters and emoji take two columns. */
    private static int stringWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200B) {
                continue;
            }
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE6F)
                        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD));
    }

    // ---- primitives -------------------------------------------------------------------------------

    static String formatPrimitive(Object value, Ctx ctx) {
        if (value instanceof String s) {
            String trailer = "";
            if (s.length() > ctx.maxStringLength) {
                int remaining = s.length() - ctx.maxStringLength;
                s = s.substring(0, ctx.maxStringLength);
                trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
            }
            if (s.length() > MIN_LINE_LENGTH && s.length() > ctx.breakLength - ctx.indentationLvl - 4) {
                List<String> parts = new ArrayList<>();
                int startLine = 0;
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) == '\n') {
                        parts.add(strEscape(s.substring(startLine, i + 1)));
                        startLine = i + 1;
                    }
                }
                if (startLine < s.length()) {
                    parts.add(strEscape(s.substring(startLine)));
                }
                return String.join(" +\n" + " ".repeat(ctx.indentationLvl + 2), parts) + trailer;
            }
            return strEscape(s) + trailer;
        }
        if (value instanceof Integer i) {
            return Integer.toString(i);
        }
        if (value instanceof Double d) {
            double v = d;
            if (v == 0 && 1 / v < 0) {
                return "-0";
            }
            return NumberToString.toString(v);
        }
        if (value == Null.INSTANCE) {
            return "null";
        }
        return String.valueOf(value);
    }

    private static final String[] META = new String[160];

    static {
        for (int i = 0; i < 0x20; i++) {
            META[i] = String.format("\\x%02X", i);
        }
        META['\b'] = "\\b";
        META['\t'] = "\\t";
        META['\n'] = "\\n";
        META['\f'] = "\\f";
        META['\r'] = "\\r";
        META['\''] = "\\'";
        META['\\'] = "\\\\";
        for (int i = 0x7F; i < 0xA0; i++) {
            META[i] = String.format("\\x%02X", i);
        }
    }

    /** Node's strEscape: single quotes unless the text has some (then " or `), control characters escaped. */
    public static String strEscape(String str) {
        int singleQuote = '\'';
        char quote = '\'';
        if (str.indexOf('\'') >= 0) {
            if (str.indexOf('"') < 0) {
                singleQuote = -1;
                quote = '"';
            } else if (str.indexOf('`') < 0 && !str.contains("${")) {
                singleQuote = -2;
                quote = '`';
            }
        }
        StringBuilder result = new StringBuilder(str.length() + 2).append(quote);
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            if (c == singleQuote || c == '\\' || c < 32 || (c > 126 && c < 160)) {
                result.append(META[c]);
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                if (c <= 0xDBFF && i + 1 < str.length()) {
                    char d = str.charAt(i + 1);
                    if (d >= 0xDC00 && d <= 0xDFFF) {
                        result.append(c).append(d);
                        i++;
                        continue;
                    }
                }
                result.append("\\u").append(Integer.toHexString(c).toUpperCase());
            } else {
                result.append(c);
            }
        }
        return result.append(quote).toString();
    }

    private static String escapeControls(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 32 || c == '\'' || c == '\\') {
                b.append(META[c]);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
