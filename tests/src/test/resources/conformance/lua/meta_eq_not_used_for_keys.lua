-- table keys are compared raw: __eq does not merge distinct tables as keys
local mt = { __eq = function() return true end }
local k1 = setmetatable({}, mt)
local k2 = setmetatable({}, mt)
print(k1 == k2, rawequal(k1, k2))
local t = {}
t[k1] = "one"
t[k2] = "two"
print(t[k1], t[k2])
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
