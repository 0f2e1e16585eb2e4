package dev.dunder.runtime.lua.lib;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaNumbers;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.LuaIndex;

/**
 * The os library's portable part (reference manual 6.9): {@code time}, {@code clock},
 * {@code date} (C's strftime in the C locale, local time or UTC with "!"),
 * {@code difftime}, {@code getenv} and {@code exit}. Files and processes are not offered.
 */
public final class OsLib {
    private OsLib() {
    }

    public static LuaTable install(LuaContext ctx, LuaTable g) {
        LuaTable os = new LuaTable();
        Library lib = new Library(ctx, os, "os.");
        lib.add("time", OsLib::time);
        lib.add("clock", args -> (double) (System.nanoTime() - ctx.getStartNanos()) / 1e9);
        lib.add("date", OsLib::date);
        lib.add("difftime", args -> Args.checkDouble(args, 1) - (Args.isNoneOrNil(args, 2) ? 0.0 : Args.checkDouble(args, 2)));
        lib.add("getenv", args -> {
            String v = ctx.getInterpreter().getenv(LuaStrings.toJava(Args.checkString(args, 1)));
            return v == null ? LuaNil.NIL : (Object) LuaStrings.fromJava(v);
        });
        lib.add("exit", args -> {
            Object c = Args.get(args, 1);
            int code;
            if (c == LuaNil.NIL || c == Boolean.TRUE) {
                code = 0;
            } else if (c == Boolean.FALSE) {
                code = 1;
            } else {
                code = (int) Args.checkInteger(args, 1);
            }
            ctx.flush();
            ctx.getInterpreter().exit(code);
            return LuaNil.NIL;
        });
        g.rawSetStr("os", os);
        return os;
    }

    private static Object time(Object[] args) {
        if (Args.isNoneOrNil(args, 1)) {
            return Instant.now().getEpochSecond();
        }
        LuaTable t = Args.checkTable(args, 1);
        int year = field(t, "year", -1, 1900);
        int month = field(t, "month", -1, 1);
        int day = field(t, "day", -1, 0);
        int hour = field(t, "hour", 12, 0);
        int min = field(t, "min", 0, 0);
        int sec = field(t, "sec", 0, 0);
        LocalDateTime dt = LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(month - 1L).plusDays(day - 1L).plusHours(hour).plusMinutes(min).plusSeconds(sec);
        return dt.atZone(ZoneId.systemDefault()).toEpochSecond();
    }

    /** getfield of loslib.c: an integer field, its default, or Lua's error. */
    private static int field(LuaTable t, String key, int defaultValue, int delta) {
        Object v = LuaIndex.index(t, key);
        if (v == LuaNil.NIL) {
            if (defaultValue < 0) {
                throw LuaError.withWhere("field '" + key + "' missing in date table");
            }
            return defaultValue;
        }
        Long n = v instanceof Long l ? l : v instanceof Double d ? LuaNumbers.floatToInteger(d) : null;
        if (n == null) {
            throw LuaError.withWhere("field '" + key + "' is not an integer");
        }
        if (n - delta > Integer.MAX_VALUE || n - delta < Integer.MIN_VALUE) {
            throw LuaError.withWhere("field '" + key + "' is out-of-bound");
        }
        return (int) (long) n;
    }

    private static Object date(Object[] args) {
        String format = Args.optString(args, 1, "%c");
        long time = Args.isNoneOrNil(args, 2) ? Instant.now().getEpochSecond() : Args.checkInteger(args, 2);
        boolean utc = format.startsWith("!");
        if (utc) {
            format = format.substring(1);
        }
        ZonedDateTime dt = Instant.ofEpochSecond(time).atZone(utc ? ZoneOffset.UTC : ZoneId.systemDefault());
        if (format.startsWith("*t")) {
            LuaTable t = new LuaTable();
            t.rawSetStr("year", (long) dt.getYear());
            t.rawSetStr("month", (long) dt.getMonthValue());
            t.rawSetStr("day", (long) dt.getDayOfMonth());
            t.rawSetStr("hour", (long) dt.getHour());
            t.rawSetStr("min", (long) dt.getMinute());
            t.rawSetStr("sec", (long) dt.getSecond());
            t.rawSetStr("wday", (long) (dt.getDayOfWeek().getValue() % 7 + 1));
            t.rawSetStr("yday", (long) dt.getDayOfYear());
            t.rawSetStr("isdst", !utc && dt.getZone().getRules().isDaylightSavings(dt.toInstant()));
            return t;
        }
        return strftime(format, dt);
    }

    /** C's strftime in the "C" locale. */
    static String strftime(String format, ZonedDateTime dt) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (++i >= format.length()) {
                throw LuaError.badArgument(1, "invalid conversion specifier '%'");
            }
            char f = format.charAt(i);
            if (f == 'E' || f == 'O') {
                if (++i >= format.length()) {
                    throw LuaError.badArgument(1, "invalid conversion specifier '%" + f + "'");
                }
                f = format.charAt(i);
            }
            switch (f) {
                case 'a' -> sb.append(dt.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> sb.append(dt.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
                case 'b', 'h' -> sb.append(dt.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'B' -> sb.append(dt.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
                case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", dt));
                case 'C' -> sb.append(two(dt.getYear() / 100));
                case 'd' -> sb.append(two(dt.getDayOfMonth()));
                case 'D' -> sb.append(strftime("%m/%d/%y", dt));
                case 'e' -> sb.append(String.format("%2d", dt.getDayOfMonth()));
                case 'F' -> sb.append(strftime("%Y-%m-%d", dt));
                case 'H' -> sb.append(two(dt.getHour()));
                case 'I' -> sb.append(two(dt.getHour() % 12 == 0 ? 12 : dt.getHour() % 12));
                case 'j' -> sb.append(String.format("%03d", dt.getDayOfYear()));
                case 'm' -> sb.append(two(dt.getMonthValue()));
                case 'M' -> sb.append(two(dt.getMinute()));
                case 'n' -> sb.append('\n');
                case 'p' -> sb.append(dt.getHour() < 12 ? "AM" : "PM");
                case 'r' -> sb.append(strftime("%I:%M:%S %p", dt));
                case 'R' -> sb.append(strftime("%H:%M", dt));
                case 's' -> sb.append(dt.toEpochSecond());
                case 'S' -> sb.append(two(dt.getSecond()));
                case 't' -> sb.append('\t');
                case 'T', 'X' -> sb.append(strftime("%H:%M:%S", dt));
                case 'u' -> sb.append(dt.getDayOfWeek().getValue());
                case 'w' -> sb.append(dt.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : dt.getDayOfWeek().getValue());
                case 'x' -> sb.append(strftime("%m/%d/%y", dt));
                case 'y' -> sb.append(two(dt.getYear() % 100));
                case 'Y' -> sb.append(dt.getYear());
                case 'z' -> sb.append(dt.getOffset().getId().equals("Z") ? "+0000" : dt.getOffset().getId().replace(":", ""));
                case 'Z' -> sb.append(dt.getZone().getDisplayName(TextStyle.SHORT, Locale.US));
                case '%' -> sb.append('%');
                default -> throw LuaError.badArgument(1, "invalid conversion specifier '%" + f + "'");
            }
        }
        return sb.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
