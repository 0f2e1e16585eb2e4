-- Operator overloading: a metatable's __add is consulted when a table is added.
local t = { a = 1, b = 2 }
print(pcall(function() return t + 0 end))  -- error: attempt to perform arithmetic on a table value

local mt = {
    __add = function(left, right)
        return 12
    end,
}
setmetatable(t, mt)
print(t + 0)  -- 12
