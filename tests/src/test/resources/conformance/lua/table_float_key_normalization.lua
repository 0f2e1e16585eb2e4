local t = {}
t[1.0] = "one"
print(t[1], t[1.0], math.type(next(t)))
t[2] = "two"
print(t[2.0])
t[2^53] = "big"
print(t[9007199254740992], math.type(2^53))
t[1.5] = "one and a half"
print(t[1.5], t[3/2])
print(#t)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print(k, math.type(k)) end
local u = {}
u[-0.0] = "zero"
print(u[0], math.type(next(u)))
u = { [3.0] = "x" }
print(u[3], math.type(next(u)))
print(rawget(t, 1.0), rawequal(1, 1.0))
