-- Lua 5.4 no longer emulates __le with "not (b < a)"
local mt = { __lt = function(a, b) return a.v < b.v end }
local a = setmetatable({ v = 1 }, mt)
local b = setmetatable({ v = 2 }, mt)
print(a < b, b < a)
print(pcall(function() return a <= b end))
print(pcall(function() return a >= b end))
-- results are converted to booleans
local weird = { __lt = function() return 0 end, __le = function() return nil end }
local x, y = setmetatable({}, weird), setmetatable({}, weird)
print(x < y, x <= y)
