-- the line the essay comments out, run under pcall before the metatable is set
local t = { a = 1, b = 2 }
print(pcall(function() return t + 0 end))

local mt = {
    __add = function(left, right)
        return 12
    end,
}
setmetatable(t, mt)
print(t + 0)  -- 12
print(0 + t)  -- 12 as well: the right operand's metatable is consulted too
print(t + t)
