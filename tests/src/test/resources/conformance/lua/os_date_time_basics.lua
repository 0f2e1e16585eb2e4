-- only values that do not depend on the clock or the time zone are printed
print(math.type(os.time()), type(os.clock()), type(os.date()))
print(os.date("!%Y-%m-%d %H:%M:%S", 0))
print(os.date("!%Y-%m-%d %H:%M:%S", 86400 * 365 + 3661))
local t = os.date("!*t", 1000000000)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
print(os.time({ year = 2020, month = 1, day = 1, hour = 12 }) - os.time({ year = 2020, month = 1, day = 2, hour = 12 }))
print(os.getenv("DUNDER_SURELY_UNSET_VARIABLE"))
