-- the sign of NaN is printed as the C library prints it (x86-64 glibc)
local nan = 0/0
print(nan, -nan)
print(nan == nan, nan ~= nan, nan < 1, nan > 1)
print(math.huge - math.huge, math.huge * 0)
print(string.format("%f %.1f", 1/0, -1/0))
local t = {}
print(pcall(function() t[nan] = 1 end))
print(math.max(nan, 1) ~= math.max(nan, 1) or "ok")
print(tostring(nan) == tostring(0/0))
