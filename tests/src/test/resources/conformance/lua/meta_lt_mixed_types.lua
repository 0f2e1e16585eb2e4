local mt = {
    __lt = function(a, b)
        local av = type(a) == "table" and a.v or a
        local bv = type(b) == "table" and b.v or b
        return av < bv
    end,
}
local t = setmetatable({ v = 5 }, mt)
print(t < 10, 3 < t, t > 4, 6 > t)
print(pcall(function() return t <= 10 end))
print(pcall(function() return {} < {} end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "a" < 1 end))
print(pcall(function() return {} <= 1 end))
print(pcall(function() return nil > 1 end))
