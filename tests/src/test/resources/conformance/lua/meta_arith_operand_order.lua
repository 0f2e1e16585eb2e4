local function name(x) return type(x) == "table" and x.n or tostring(x) end
local L = setmetatable({ n = "L" }, {
    __add = function(a, b) return "L.__add(" .. name(a) .. "," .. name(b) .. ")" end,
    __sub = function(a, b) return "L.__sub(" .. name(a) .. "," .. name(b) .. ")" end,
})
local R = setmetatable({ n = "R" }, {
    __add = function(a, b) return "R.__add(" .. name(a) .. "," .. name(b) .. ")" end,
})
print(L + 1)
print(1 + L)        -- operands keep their order
print(L + R)        -- first operand's handler wins
print(R + L)
print(R - L)        -- R has no __sub: L's is used with (R, L)
print("10" + L)
local noop = setmetatable({ n = "N" }, {})
print(pcall(function() return noop + 1 end))
print(noop + L)
