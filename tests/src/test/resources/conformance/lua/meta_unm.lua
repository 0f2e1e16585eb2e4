local mt = { __unm = function(a, b) return "neg " .. a.v .. " " .. tostring(rawequal(a, b)) end }
local t = setmetatable({ v = 7 }, mt)
print(-t)
print(- -5, -"2", -"2.5", math.type(-"2"))
print(pcall(function() return -{} end))
print(pcall(function() return -"abc" end))
print(pcall(function() local b = true; return -b end))
