local t = setmetatable({}, {__add = function(a, b) return a.v + b end})
local function compute() return t + 1 end
print(pcall(compute))
local u = setmetatable({}, {__index = function(t, k) return nil + k end})
print(u.x)
