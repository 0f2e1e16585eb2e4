local function name(x) return type(x) == "table" and x.n or tostring(x) end
local mt = {}
for _, ev in ipairs({ "band", "bor", "bxor", "shl", "shr", "bnot" }) do
    mt["__" .. ev] = function(a, b) return ev .. "(" .. name(a) .. "," .. name(b) .. ")" end
end
local B = setmetatable({ n = "B" }, mt)
print(B & 1)
print(1 | B)
print(B ~ 2)
print(B << 3)
print(4 >> B)
print(~B)
-- floats with no integer representation use the metamethod too
print(1.5 & B)
-- without a metamethod
print(pcall(function() return 1.5 | 1 end))
print(pcall(function() return "1.5" | 1 end))
print(pcall(function() return {} & 1 end))
print(pcall(function() return "a" & 1 end))
print(2.0 & 3, math.type(2.0 & 3), 2^53 | 0)
-- Lua 5.4 does not coerce strings in bitwise operations
local s = "6"
print(pcall(function() return s | 1 end))
