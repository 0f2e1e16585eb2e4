print(next({}))
print(next({ "only" }))
local t = { 10 }
print(next(t, 1))
local seen = {}
local k, v = next({ a = 1 })
print(k, v)
print(pcall(next, {}, "nokey"))
print(pcall(next))
print(type(next), rawequal(next, pairs({})))
