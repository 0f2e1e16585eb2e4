local base = { level = "base", only_base = "b" }
local mid = setmetatable({ level = "mid", only_mid = "m" }, { __index = base })
local top = setmetatable({ level = "top" }, { __index = mid })
local obj = setmetatable({}, { __index = top })
print(obj.level, obj.only_mid, obj.only_base, obj.nothing)
base.late = "added later"
print(obj.late)
mid.level = nil
print(top.level, obj.level)
top.level = nil
print(obj.level)
rawset(obj, "level", "own")
print(obj.level)
