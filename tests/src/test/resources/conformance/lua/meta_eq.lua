local calls = 0
local mt = { __eq = function(a, b) calls = calls + 1 return a.id == b.id end }
local a = setmetatable({ id = 1 }, mt)
local b = setmetatable({ id = 1 }, mt)
local c = setmetatable({ id = 2 }, mt)
print(a == b, a == c, a ~= b, a ~= c)
print("calls", calls)
print(a == a, "calls", calls)   -- identical: no call
print(a == 1, a == "x", "calls", calls) -- different types: no call
-- only one operand needs the metamethod
local plain = { id = 1 }
print(a == plain, plain == a, "calls", calls)
-- the result is converted to a boolean
local truthy = setmetatable({}, { __eq = function() return "yes" end })
local other = setmetatable({}, {})
print(truthy == other, other == truthy)
-- first operand's metamethod is tried first
local m1 = { __eq = function() return print("m1") or true end }
local m2 = { __eq = function() return print("m2") or false end }
print(setmetatable({}, m1) == setmetatable({}, m2))
print(setmetatable({}, m2) == setmetatable({}, m1))
