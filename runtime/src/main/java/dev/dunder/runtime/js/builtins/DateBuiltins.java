package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSDate;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * {@code Date} (§21.4): time values in milliseconds, local time in the JVM's default
 * zone, and V8's string formats. Date strings are parsed in the ISO format (and V8's
 * own {@code toString} format).
 */
public final class DateBuiltins {
    private static final double MAX_TIME = 8.64e15;

    private DateBuiltins() {
    }

    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** TimeClip (§21.4.1.31). */
    static double timeClip(double t) {
        if (Double.isNaN(t) || Math.abs(t) > MAX_TIME) {
            return Double.NaN;
        }
        double r = t < 0 ? Math.ceil(t) : Math.floor(t);
        return r + 0.0;
    }

    static JSDate thisDate(Object t, String method) {
        if (t instanceof JSDate d) {
            return d;
        }
        throw Errors.typeError("this is not a Date object.");
    }

    static ZonedDateTime local(double t) {
        return Instant.ofEpochMilli((long) t).atZone(zone());
    }

    static ZonedDateTime utc(double t) {
        return Instant.ofEpochMilli((long) t).atZone(ZoneOffset.UTC);
    }

    /** MakeDate from components, in local time ({@code utc} false) or UTC. */
    static double makeTime(double[] c, boolean utc) {
        for (double v : c) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return Double.NaN;
            }
        }
        double year = Math.floor(c[0]);
        double month = Math.floor(c[1]);
        long y = (long) (year + Math.floor(month / 12));
        int m = (int) (((month % 12) + 12) % 12);
        LocalDateTime base = LocalDateTime.of((int) y, m + 1, 1, 0, 0);
        double dayOffset = Math.floor(c[2]) - 1;
        double ms = Math.floor(c[3]) * 3600000.0 + Math.floor(c[4]) * 60000.0 + Math.floor(c[5]) * 1000.0 + Math.floor(c[6]);
        long baseMillis = utc ? base.toInstant(ZoneOffset.UTC).toEpochMilli() : base.atZone(zone()).toInstant().toEpochMilli();
        return baseMillis + dayOffset * 86400000.0 + ms;
    }

    static double parse(String s) {
        String t = s.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return java.time.LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (t.matches("\\d{4}(-\\d{2})?")) {
                return java.time.LocalDate.parse(t.length() == 4 ? t + "-01-01" : t + "-01").atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})")) {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?")) {
                return LocalDateTime.parse(t).atZone(zone()).toInstant().toEpochMilli();
            }
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Date.prototype.toString: "Mon Jan 15 2024 10:30:45 GMT+0000 (Coordinated Universal Time)". */
    static String toDateString(double t) {
        if (Double.isNaN(t)) {
            return "Invalid Date";
        }
        ZonedDateTime z = local(t);
        return datePart(z) + " " + timePart(z);
    }

    static String datePart(ZonedDateTime z) {
        return String.format(Locale.ROOT, "%s %s %02d %s", z.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                        z.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), z.getDayOfMonth(), year(z.getYear()));
    }

    static String timePart(ZonedDateTime z) {
        int offsetSeconds = z.getOffset().getTotalSeconds();
        String sign = offsetSeconds < 0 ? "-" : "+";
        int abs = Math.abs(offsetSeconds) / 60;
        String name = z.getZone().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (z.getZone().equals(ZoneOffset.UTC) || name.equals("Z") || name.equals("UTC") || name.equals("Etc/UTC")) {
            name = "Coordinated Universal Time";
        }
        return String.format(Locale.ROOT, "%02d:%02d:%02d GMT%s%02d%02d (%s)", z.getHour(), z.getMinute(), z.getSecond(), sign, abs / 60, abs % 60, name);
    }

    private static String year(int y) {
        return y < 0 ? String.format(Locale.ROOT, "-%06d", -y) : String.format(Locale.ROOT, "%04d", y);
    }

    /** Date.prototype.toISOString. */
    public static String toISO(double t) {
        if (Double.isNaN(t)) {
            throw Errors.rangeError("Invalid time value");
        }
        ZonedDateTime z = utc(t);
        int y = z.getYear();
        String year = y >= 0 && y <= 9999 ? String.format(Locale.ROOT, "%04d", y) : (y < 0 ? "-" : "+") + String.format(Locale.ROOT, "%06d", Math.abs(y));
        return String.format(Locale.ROOT, "%s-%02d-%02dT%02d:%02d:%02d.%03dZ", year, z.getMonthValue(), z.getDayOfMonth(), z.getHour(), z.getMinute(),
                        z.getSecond(), z.getNano() / 1_000_000);
    }

    private interface Field {
        double get(ZonedDateTime z);
    }

    private static void getter(JSRealm realm, JSObject proto, String name, boolean utc, Field f) {
        Builtins.method(realm, proto, name, 0, (t, a) -> {
            double time = thisDate(t, name).getTime();
            if (Double.isNaN(time)) {
                return Double.NaN;
            }
            return f.get(utc ? utc(time) : local(time));
        });
    }

    /** The component fields a setter replaces: 0 year, 1 month, 2 date, 3 hours, 4 minutes, 5 seconds, 6 ms. */
    private static void setter(JSRealm realm, JSObject proto, String name, boolean utc, int first, int count) {
        Builtins.method(realm, proto, name, count, (t, a) -> {
            JSDate d = thisDate(t, name);
            double time = d.getTime();
            if (Double.isNaN(time)) {
                if (first != 0) {
                    return Double.NaN;
                }
                time = 0;
            }
            ZonedDateTime z = utc ? utc(time) : local(time);
            double[] c = {z.getYear(), z.getMonthValue() - 1, z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond(), z.getNano() / 1_000_000};
            for (int i = 0; i < count && i < Math.max(1, a.length); i++) {
                c[first + i] = Conversions.toNumber(arg(a, i));
            }
            double v = timeClip(makeTime(c, utc));
            d.setTime(v);
            return v;
        });
    }

    public static void install(JSRealm realm) {
        JSObject proto = new JSObject(realm.objectShape);
        JSFunction ctor = Builtins.constructor(realm, "Date", 7, (t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                return toDateString((double) System.currentTimeMillis());
            }
            double time;
            if (a.length == 0) {
                time = System.currentTimeMillis();
            } else if (a.length == 1) {
                Object v = a[0] instanceof JSDate d ? d.getTime() : Conversions.toPrimitive(a[0], Conversions.Hint.DEFAULT);
                time = v instanceof String s ? parse(s) : timeClip(Conversions.toNumber(v));
            } else {
                double[] c = {0, 0, 1, 0, 0, 0, 0};
                for (int i = 0; i < Math.min(7, a.length); i++) {
                    c[i] = Conversions.toNumber(a[i]);
                }
                if (!Double.isNaN(c[0]) && c[0] >= 0 && c[0] <= 99 && c[0] == Math.floor(c[0])) {
                    c[0] += 1900;
                }
                time = timeClip(makeTime(c, false));
            }
            Object p = ((JSObject) nt).get("prototype");
            return new JSDate(JSObject.shapeFor(JSDate.class, p instanceof JSObject po ? po : proto), time);
        });
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("Date", ctor, PropertyFlags.METHOD);
        Builtins.method(realm, ctor, "now", 0, (t, a) -> (double) System.currentTimeMillis());
        Builtins.method(realm, ctor, "parse", 1, (t, a) -> parse(Conversions.toString(arg(a, 0))));
        Builtins.method(realm, ctor, "UTC", 7, (t, a) -> {
            double[] c = {Double.NaN, 0, 1, 0, 0, 0, 0};
            for (int i = 0; i < Math.min(7, a.length); i++) {
                c[i] = Conversions.toNumber(a[i]);
            }
            if (!Double.isNaN(c[0]) && c[0] >= 0 && c[0] <= 99 && c[0] == Math.floor(c[0])) {
                c[0] += 1900;
            }
            return timeClip(makeTime(c, true));
        });

        Builtins.method(realm, proto, "getTime", 0, (t, a) -> thisDate(t, "getTime").getTime());
        Builtins.method(realm, proto, "valueOf", 0, (t, a) -> thisDate(t, "valueOf").getTime());
        Builtins.method(realm, proto, "setTime", 1, (t, a) -> {
            JSDate d = thisDate(t, "setTime");
            d.setTime(timeClip(Conversions.toNumber(arg(a, 0))));
            return d.getTime();
        });
        getter(realm, proto, "getFullYear", false, z -> z.getYear());
        getter(realm, proto, "getMonth", false, z -> z.getMonthValue() - 1);
        getter(realm, proto, "getDate", false, z -> z.getDayOfMonth());
        getter(realm, proto, "getDay", false, z -> z.getDayOfWeek().getValue() % 7);
        getter(realm, proto, "getHours", false, z -> z.getHour());
        getter(realm, proto, "getMinutes", false, z -> z.getMinute());
        getter(realm, proto, "getSeconds", false, z -> z.getSecond());
        getter(realm, proto, "getMilliseconds", false, z -> z.getNano() / 1_000_000);
        getter(realm, proto, "getUTCFullYear", true, z -> z.getYear());
        getter(realm, proto, "getUTCMonth", true, z -> z.getMonthValue() - 1);
        getter(realm, proto, "getUTCDate", true, z -> z.getDayOfMonth());
        getter(realm, proto, "getUTCDay", true, z -> z.getDayOfWeek().getValue() % 7);
        getter(realm, proto, "getUTCHours", true, z -> z.getHour());
        getter(realm, proto, "getUTCMinutes", true, z -> z.getMinute());
        getter(realm, proto, "getUTCSeconds", true, z -> z.getSecond());
        getter(realm, proto, "getUTCMilliseconds", true, z -> z.getNano() / 1_000_000);
        getter(realm, proto, "getTimezoneOffset", false, z -> -z.getOffset().getTotalSeconds() / 60);
        setter(realm, proto, "setFullYear", false, 0, 3);
        setter(realm, proto, "setMonth", false, 1, 2);
        setter(realm, proto, "setDate", false, 2, 1);
        setter(realm, proto, "setHours", false, 3, 4);
        setter(realm, proto, "setMinutes", false, 4, 3);
        setter(realm, proto, "setSeconds", false, 5, 2);
        setter(realm, proto, "setMilliseconds", false, 6, 1);
        setter(realm, proto, "setUTCFullYear", true, 0, 3);
        setter(realm, proto, "setUTCMonth", true, 1, 2);
        setter(realm, proto, "setUTCDate", true, 2, 1);
        setter(realm, proto, "setUTCHours", true, 3, 4);
        setter(realm, proto, "setUTCMinutes", true, 4, 3);
        setter(realm, proto, "setUTCSeconds", true, 5, 2);
        setter(realm, proto, "setUTCMilliseconds", true, 6, 1);
        Builtins.method(realm, proto, "toISOString", 0, (t, a) -> toISO(thisDate(t, "toISOString").getTime()));
        Builtins.method(realm, proto, "toJSON", 1, (t, a) -> {
            Object tv = Conversions.toPrimitive(t, Conversions.Hint.NUMBER);
            if (tv instanceof Double d && (d.isNaN() || d.isInfinite())) { // an Integer time value is always finite
                return dev.dunder.runtime.js.objects.Null.INSTANCE;
            }
            Object f = Conversions.toObject(t).get("toISOString");
            return dev.dunder.runtime.js.model.JSRuntime.call(f, t);
        });
        Builtins.method(realm, proto, "toString", 0, (t, a) -> toDateString(thisDate(t, "toString").getTime()));
        Builtins.method(realm, proto, "toDateString", 0, (t, a) -> {
            double time = thisDate(t, "toDateString").getTime();
            return Double.isNaN(time) ? "Invalid Date" : datePart(local(time));
        });
        Builtins.method(realm, proto, "toTimeString", 0, (t, a) -> {
            double time = thisDate(t, "toTimeString").getTime();
            return Double.isNaN(time) ? "Invalid Date" : timePart(local(time));
        });
        Builtins.method(realm, proto, "toUTCString", 0, (t, a) -> {
            double time = thisDate(t, "toUTCString").getTime();
            if (Double.isNaN(time)) {
                return "Invalid Date";
            }
            ZonedDateTime z = utc(time);
            return String.format(Locale.ROOT, "%s, %02d %s %s %02d:%02d:%02d GMT", z.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                            z.getDayOfMonth(), z.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), year(z.getYear()), z.getHour(), z.getMinute(),
                            z.getSecond());
        });
        Builtins.method(realm, proto, "toLocaleDateString", 0, (t, a) -> {
            double time = thisDate(t, "toLocaleDateString").getTime();
            if (Double.isNaN(time)) {
                return "Invalid Date";
            }
            ZonedDateTime z = local(time);
            return z.getMonthValue() + "/" + z.getDayOfMonth() + "/" + z.getYear();
        });
        Builtins.method(realm, proto, "toLocaleTimeString", 0, (t, a) -> {
            double time = thisDate(t, "toLocaleTimeString").getTime();
            return Double.isNaN(time) ? "Invalid Date" : localeTime(local(time));
        });
        Builtins.method(realm, proto, "toLocaleString", 0, (t, a) -> {
            double time = thisDate(t, "toLocaleString").getTime();
            if (Double.isNaN(time)) {
                return "Invalid Date";
            }
            ZonedDateTime z = local(time);
            return z.getMonthValue() + "/" + z.getDayOfMonth() + "/" + z.getYear() + ", " + localeTime(z);
        });
        JSFunction toPrimitive = Builtins.function(realm, "[Symbol.toPrimitive]", 1, (t, a) -> {
            if (!(t instanceof JSObject o)) {
                throw Errors.typeError("Date.prototype [ @@toPrimitive ] called on non-object");
            }
            String hint = Conversions.toString(arg(a, 0));
            return switch (hint) {
                case "string", "default" -> Conversions.ordinaryToPrimitive(o, Conversions.Hint.STRING);
                case "number" -> Conversions.ordinaryToPrimitive(o, Conversions.Hint.NUMBER);
                default -> throw Errors.typeError("Invalid hint: " + hint);
            };
        });
        proto.defineDirect(JSSymbol.TO_PRIMITIVE, toPrimitive, PropertyFlags.CONFIGURABLE_ONLY);
    }

    private static String localeTime(ZonedDateTime z) {
        int h = z.getHour() % 12 == 0 ? 12 : z.getHour() % 12;
        return String.format(Locale.ROOT, "%d:%02d:%02d %s", h, z.getMinute(), z.getSecond(), z.getHour() < 12 ? "AM" : "PM");
    }
}
