local t = {}
print(#t)
for i = 1, 10 do t[i] = i * i end
print(#t)
t[#t + 1] = "appended"
print(#t, t[11])
t[#t] = nil
print(#t)
t.name = "hash keys do not count"
print(#t)
local s = { "a", "b", "c", n = 3, [0] = "zero", [-1] = "neg" }
print(#s)
print(#"string length", #"")
local big = {}
for i = 1, 1000 do big[i] = true end
print(#big)
for i = 1000, 501, -1 do big[i] = nil end
print(#big)
