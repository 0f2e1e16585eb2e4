-- when __index is a table, the lookup repeats on THAT table: a function
-- further down the chain receives the intermediate table, not the original
local seen = {}
local inner = setmetatable({ name = "inner" }, {
    __index = function(t, k)
        seen[#seen + 1] = t.name .. ":" .. k
        return k .. "!"
    end,
})
local outer = setmetatable({ name = "outer" }, { __index = inner })
print(outer.foo)
print(seen[1])
print(outer.name, inner.name)
