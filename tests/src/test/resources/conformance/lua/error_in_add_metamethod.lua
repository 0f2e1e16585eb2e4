local M = {}
M.__index = M
M.__add = function(a, b) return a.v + b.v end
local a = setmetatable({v = 1}, M)
local b = setmetatable({}, M)
print(a + b)
