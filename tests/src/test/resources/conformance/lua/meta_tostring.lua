local Point = {}
Point.__index = Point
Point.__tostring = function(p) return "Point(" .. p.x .. ", " .. p.y .. ")" end
local p = setmetatable({ x = 1, y = 2 }, Point)
print(p)
print(tostring(p))
print(string.format("%s and %s", p, setmetatable({ x = 3, y = 4 }, Point)))
local bad = setmetatable({}, { __tostring = function() return 42 end })
print(pcall(tostring, bad))   -- a number is accepted as a string
local worse = setmetatable({}, { __tostring = function() return {} end })
print(pcall(tostring, worse))
print(pcall(print, worse))
local nested = setmetatable({}, { __tostring = function() return tostring(p) .. "!" end })
print(nested)
print(pcall(function() return "concat " .. p end))
